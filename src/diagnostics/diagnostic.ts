export type Severity = 'error' | 'warning';

/**
 * The one problem type of bulletin: everything the user should fix is a diagnostic, never an
 * exception. `line`/`column` are 1-based; 0 means "the whole file".
 */
export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  /** A stable id such as `front-matter/unknown-field`, for tests and --json. */
  readonly rule: string;
  readonly message: string;
  /** How to fix it (optional). */
  readonly hint?: string;
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
