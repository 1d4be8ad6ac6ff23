/**
 * Patterns of masthead text: `{field}` is a front-matter field's value, and a section in `[ ]` is
 * left out when a field in it is empty, so `{year}年第{issue}期[（总第{serial}期）]` drops the
 * bracket of an issue without a serial.
 */

/** The front-matter fields every pattern may use; a template declares any others. */
export const BUILTIN_PLACEHOLDERS: readonly string[] = ['title', 'year', 'issue', 'serial', 'month', 'day'];

const placeholder = /\{([^{}[\]]*)\}/gu;

/** The field names a pattern uses, in order. */
export function placeholders(pattern: string): string[] {
  return [...pattern.matchAll(placeholder)].map((m) => m[1] ?? '');
}

/** Whether every `[` of the pattern is closed by a `]` (sections do not nest). */
export function sectionsClosed(pattern: string): boolean {
  let open = false;
  for (const ch of pattern) {
    if (ch === '[') {
      if (open) return false;
      open = true;
    } else if (ch === ']') {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}

/**
 * The pattern with its fields filled in.
 *
 * @param pattern A pattern whose sections are closed ({@link sectionsClosed}).
 * @param values Field values; `undefined` or `''` is empty.
 */
export function fillPattern(pattern: string, values: Readonly<Record<string, string | undefined>>): string {
  const fill = (text: string): { text: string; empty: boolean } => {
    let empty = false;
    const filled = text.replace(placeholder, (_, name: string) => {
      const value = values[name];
      if (value === undefined || value === '') empty = true;
      return value ?? '';
    });
    return { text: filled, empty };
  };
  return pattern.replace(/\[([^\]]*)\]|[^[]+/gu, (whole, section: string | undefined) => {
    if (section === undefined) return fill(whole).text;
    const filled = fill(section);
    return filled.empty ? '' : filled.text;
  });
}
