import { msg, render, type MessageArgs, type MessageKey, type MessageRef } from '../messages/catalogue.js';

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
  /**
   * The message and hint as catalogue references (optional): `message` and `hint` hold their
   * English text, for --json and the API; the reporter prints these in the reader's language.
   */
  readonly text?: { readonly message: MessageRef; readonly hint?: MessageRef };
}

/** Where a diagnostic is and what kind it is: everything but its words. */
export interface DiagnosticPlace {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  readonly rule: string;
}

/**
 * A diagnostic whose words come from the message catalogue.
 *
 * @param place File, line, column, severity and rule.
 * @param message The message (see `msg`).
 * @param hint How to fix it (optional).
 */
export function diagnostic(place: DiagnosticPlace, message: MessageRef, hint?: MessageRef): Diagnostic {
  return {
    ...place,
    message: render(message, 'en'),
    ...(hint ? { hint: render(hint, 'en') } : {}),
    text: hint ? { message, hint } : { message },
  };
}

/** A catalogue reference; re-exported so call sites need one import. */
export function m<K extends MessageKey>(key: K, ...args: MessageArgs<K>): MessageRef {
  return msg(key, ...args);
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
