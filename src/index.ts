/** bulletin's public API: the CLI and the tests use only what is exported here. */
export { buildIssue, typesetIssue, outputPath, pdfInfo, type BuildOptions, type BuildResult, type TypesetIssue } from './build/buildIssue.js';
export { writeAtomic } from './build/writeAtomic.js';
export { readIssue, type ReadOptions, type ReadResult } from './read/index.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export { hasErrors } from './diagnostics/diagnostic.js';
export { formatDiagnostic, formatDiagnostics } from './diagnostics/format.js';
export { resolveFonts, FONT_ROLES, type FontSet, type ResolvedFont } from './fonts/resolveFonts.js';
export { typesetDocument } from './typeset/typesetDocument.js';
export { getTemplate, TEMPLATE_NAMES, type Template } from './template/template.js';
export type * from './model/document.js';
export type * from './typeset/types.js';
export { packageVersion } from './packageRoot.js';
