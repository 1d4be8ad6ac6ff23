import { diagnostic, m, type Diagnostic } from './diagnostic.js';

/** Diagnostics of one rule and severity listed one by one; past this, one line counts the rest. */
export const DIAGNOSTICS_PER_RULE = 25;

/**
 * `list` with at most {@link DIAGNOSTICS_PER_RULE} diagnostics of each rule and severity, the rest
 * of each counted in one diagnostic at the first left out. A file with a mistake repeated on every
 * line (a space between Han characters, say) would otherwise print, store in the build manifest and
 * send through --json tens of thousands of lines that say the same thing.
 *
 * @param list The diagnostics, in the order found.
 * @returns The list capped, the order kept; the same array when nothing was left out.
 */
export function capDiagnostics(list: readonly Diagnostic[]): readonly Diagnostic[] {
  const counts = new Map<string, number>();
  let capped = false;
  for (const d of list) {
    const key = `${d.severity}\0${d.rule}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > DIAGNOSTICS_PER_RULE) capped = true;
  }
  if (!capped) return list;
  const seen = new Map<string, number>();
  const kept: Diagnostic[] = [];
  for (const d of list) {
    const key = `${d.severity}\0${d.rule}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= DIAGNOSTICS_PER_RULE) kept.push(d);
    else if (n === DIAGNOSTICS_PER_RULE + 1) {
      const count = (counts.get(key) ?? n) - DIAGNOSTICS_PER_RULE;
      kept.push(
        diagnostic(
          { file: d.file, line: d.line, column: d.column, severity: d.severity, rule: d.rule },
          m('diagnostics.more-of-rule', { count, rule: d.rule }),
          m('diagnostics.more-of-rule-hint'),
        ),
      );
    }
  }
  return kept;
}
