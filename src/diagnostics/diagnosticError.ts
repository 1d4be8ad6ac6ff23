import type { Diagnostic } from './diagnostic.js';

/**
 * A problem with the user's files found after reading, where the step that finds it cannot
 * return diagnostics (a renderer in the middle of a file): thrown, then caught by the build and
 * reported like any other diagnostic.
 */
export class DiagnosticError extends Error {
  /** @param diagnostic The problem, with its file and place. */
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = 'DiagnosticError';
  }
}
