import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { checkNesting, parseMarkdown, scanMarks, scanNesting, scanSize } from '../../read/index.js';
import type { Finding } from './finding.js';
import { lintBrackets } from './lintBrackets.js';
import { lintEllipsisAndDash, lintParentheses, lintQuotes, lintSentenceMarks } from './lintMarks.js';
import { proseMask } from './proseMask.js';
import { ProseScanner } from './proseScanner.js';
import { SourceLines } from './sourceLines.js';
import type { TextEdit } from './textEdit.js';

/** The typographic findings of a source, as diagnostics, and the edits of those that have a safe fix. */
export interface TypographyReport {
  readonly diagnostics: readonly Diagnostic[];
  readonly fixes: readonly TextEdit[];
}

/**
 * Checks the prose of a Markdown issue against Chinese punctuation usage (GB/T 15834): half-width
 * marks, straight quotes, `...` and `--`, and unbalanced brackets and quotes. Code, front matter,
 * link targets and Markdown syntax are left alone. Every finding is a warning.
 *
 * @param file The path, for the diagnostics.
 * @param text The source.
 */
export function lintTypography(file: string, text: string): TypographyReport {
  // Length and nesting past the limits are the reader's errors; the walks below would not survive it.
  if (scanSize(text, file) !== undefined || scanNesting(text, file) !== undefined || scanMarks(text, file) !== undefined) return { diagnostics: [], fixes: [] };
  const tree = parseMarkdown(text);
  if (checkNesting(tree, file) !== undefined) return { diagnostics: [], fixes: [] };
  const scanner = new ProseScanner(text, proseMask(tree, text.length));
  const findings: Finding[] = [...lintSentenceMarks(scanner), ...lintEllipsisAndDash(scanner)];
  for (const paragraph of scanner.paragraphs()) {
    findings.push(...lintParentheses(scanner, paragraph), ...lintQuotes(scanner, paragraph), ...lintBrackets(scanner, paragraph));
  }
  findings.sort((a, b) => a.offset - b.offset);
  const lines = new SourceLines(text);
  return {
    diagnostics: findings.map((f) => diagnostic({ file, ...lines.position(f.offset), severity: 'warning', rule: f.rule }, f.message, f.hint)),
    fixes: findings.flatMap((f) => f.fix ?? []),
  };
}
