import { m, type MessageRef } from '../diagnostics/diagnostic.js';
import { classify, type CharClass } from './charClass.js';

/** Something typed in Chinese text that a careful typesetter would have typed otherwise. */
export interface ContextFinding {
  /** Index in the character array. */
  readonly index: number;
  readonly rule: 'typography/half-width-mark' | 'typography/space-between-han';
  readonly message: MessageRef;
  readonly hint: MessageRef;
}

export interface ChineseContext {
  /** Per character, the character whose line-breaking rules apply (the full-width form of a stray mark). */
  readonly breakAs: readonly string[];
  readonly findings: readonly ContextFinding[];
}

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const CLOSERS = new Set(',;:?!)');

const HAN_SIDE: ReadonlySet<CharClass> = new Set(['han', 'open', 'close', 'pause', 'stop', 'middle', 'dash', 'ellipsis']);

function hanLike(ch: string | undefined): boolean {
  return ch !== undefined && HAN_SIDE.has(classify(ch));
}

function neighbour(chars: readonly string[], i: number, step: 1 | -1): string | undefined {
  for (let k = i + step; k >= 0 && k < chars.length; k += step) {
    const c = chars[k] as string;
    if (c !== ' ' && c !== '\t') return c;
  }
  return undefined;
}

/**
 * Finds half-width marks and straight quotes typed in Chinese text, and spaces typed between two
 * Han characters (issue 3; clreq §3.1). A stray mark keeps its glyph but breaks like its
 * full-width form: `,` never starts a line, `(` never ends one, and an ASCII `"` opens when no
 * quote is open and closes the one that is.
 */
export function chineseContext(chars: readonly string[]): ChineseContext {
  const breakAs = [...chars];
  const findings: ContextFinding[] = [];
  let quoteOpen = { '"': false, "'": false };
  // Where the run of spaces being looked at ends: each run is scanned once, however long.
  let spacesEnd = -1;
  chars.forEach((ch, i) => {
    // Every mark and space looked at here is ASCII.
    if (ch.charCodeAt(0) >= 0x80) return;
    const full = FULL_WIDTH[ch];
    if (full) {
      const before = neighbour(chars, i, -1);
      const after = neighbour(chars, i, 1);
      const inChinese = CLOSERS.has(ch) ? hanLike(before) && (after === undefined || hanLike(after)) : hanLike(after) && (before === undefined || hanLike(before));
      if (inChinese) {
        breakAs[i] = full;
        findings.push({ index: i, rule: 'typography/half-width-mark', message: m('typeset.half-width-mark', { mark: ch }), hint: m('typeset.half-width-mark-hint', { full }) });
      }
      return;
    }
    if (ch === '"' || ch === "'") {
      const prev = chars[i - 1];
      const next = chars[i + 1];
      if (!hanLike(prev) && !hanLike(next)) return;
      const opening = !quoteOpen[ch];
      quoteOpen = { ...quoteOpen, [ch]: opening };
      const full = ch === '"' ? (opening ? '“' : '”') : opening ? '‘' : '’';
      breakAs[i] = full;
      findings.push({ index: i, rule: 'typography/half-width-mark', message: m('typeset.straight-quote', { mark: ch }), hint: m('typeset.straight-quote-hint', { full }) });
      return;
    }
    if (ch === ' ' && classify(chars[i - 1] ?? '') === 'han') {
      let k = Math.max(i, spacesEnd);
      while (chars[k] === ' ') k++;
      spacesEnd = k;
      if (classify(chars[k] ?? '') === 'han') {
        findings.push({
          index: i,
          rule: 'typography/space-between-han',
          message: m('typeset.space-between-han'),
          hint: m('typeset.space-between-han-hint'),
        });
      }
    }
  });
  return { breakAs, findings };
}
