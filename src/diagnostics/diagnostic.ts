import { msg, render, type MessageArgs, type MessageKey, type MessageRef } from '../messages/catalogue.js';

export type { MessageRef };

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
export function diagnostic(place: DiagnosticPlace, rawMessage: MessageRef, rawHint?: MessageRef): Diagnostic {
  const message = clipParams(rawMessage);
  const hint = rawHint && clipParams(rawHint);
  return {
    ...place,
    message: render(message, 'en'),
    ...(hint ? { hint: render(hint, 'en') } : {}),
    text: hint ? { message, hint } : { message },
  };
}

/** Characters of input quoted in a message: a 100 KB word is shown by its start and its end. */
export const QUOTE_LIMIT = 80;

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length <= QUOTE_LIMIT ? text : `${chars.slice(0, 60).join('')}…${chars.slice(-12).join('')}`;
}

function clipParams(ref: MessageRef): MessageRef {
  const params = ref.params;
  if (params === undefined || !Object.values(params).some((v) => typeof v === 'string' && v.length > QUOTE_LIMIT)) return ref;
  const clipped: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    clipped[name] = typeof value === 'string' && value.length > QUOTE_LIMIT ? clip(value) : value;
  }
  return { ...ref, params: clipped };
}

/** A catalogue reference; re-exported so call sites need one import. */
export function m<K extends MessageKey>(key: K, ...args: MessageArgs<K>): MessageRef {
  return msg(key, ...args);
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
