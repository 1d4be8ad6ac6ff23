// The public surface of the reader: everything else in src/read/ is an implementation detail.
export { readIssue, type ReadOptions, type ReadResult } from './readIssue.js';
export { resolveMeta, type FrontMatterBlock, type ResolveMetaInput, type ResolvedMeta } from './resolveMeta.js';
export type { MetaOverrides } from './metaSchema.js';
export { parseMarkdown } from './parseMarkdown.js';
export { scanNesting } from './scanNesting.js';
export { scanSize } from './scanSize.js';
export { scanMarks } from './scanMarks.js';
export { checkNesting } from './checkNesting.js';
export { findConfigFiles, configFileName } from './findConfigFiles.js';
export { parseIssueDate } from './parseIssueDate.js';
export { readTextFile, MAX_TEXT_FILE_BYTES, type TextFileKind, type TextFileResult } from './readTextFile.js';
export type { TextEncodingName } from './decodeText.js';
export { unclosedFrontMatter } from './unclosedFrontMatter.js';
