import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SegmentOptions, TextPiece } from './segment.js';
import type { LaidLine, ParagraphFrame } from './setParagraph.js';
import type { Origin, ShapedGlyph, Shaper, TextStyle } from './types.js';

/** Sets a paragraph: what {@link rememberParagraph} calls on a miss (setParagraph's own work). */
export type LayParagraph = (pieceLines: readonly (readonly TextPiece[])[], shaper: Shaper, frame: ParagraphFrame, options: SegmentOptions) => LaidLine[];

/**
 * What setting a paragraph did besides its lines, in order, to be done again on a hit: the texts
 * it shaped (the shaper notes the fonts used, and warns of a missing character the first time it
 * meets it in a build) and the diagnostics it reported.
 */
type Effect =
  | { readonly shape: string; readonly style: TextStyle; readonly origin: Origin | undefined }
  | { readonly report: Diagnostic };

interface Remembered {
  readonly lines: readonly LaidLine[];
  readonly effects: readonly Effect[];
  /** The first origin among the pieces: effects are placed relative to it. */
  readonly anchor: Origin | undefined;
  readonly weight: number;
}

/**
 * How many characters of paragraphs are remembered: the folder of sixty issues the size of the
 * reference, or every version of a paragraph edited a hundred times; some 20 MB of lines.
 */
export const REMEMBERED_CHARS = 200_000;

/** Paragraphs longer than this are set afresh every time: few, and each would crowd out many. */
const LONGEST_REMEMBERED = 20_000;

// Paragraphs set, by everything their lines depend on; oldest used first (a Map keeps insertion
// order, and a hit is moved to the end), evicted past REMEMBERED_CHARS.
const remembered = new Map<string, Remembered>();
let weight = 0;
let hits = 0;
let misses = 0;

const styleKeys = new WeakMap<TextStyle, string>();

// Every field of TextStyle, as it is (undefined is not false: segment.ts joins Latin letters only
// across pieces of the same `bold`). JSON, so no text in a field can pass for a separator.
function styleKey(style: TextStyle): string {
  let key = styleKeys.get(style);
  if (key === undefined) {
    key = JSON.stringify([style.role, style.size, style.colour, style.bold, style.rise, style.link, style.note]);
    styleKeys.set(style, key);
  }
  return key;
}

function firstOrigin(pieceLines: readonly (readonly TextPiece[])[]): Origin | undefined {
  for (const pieces of pieceLines) for (const p of pieces) if (p.origin) return p.origin;
  return undefined;
}

/**
 * The key of a paragraph: the shaper's fonts, its frame and options, and each piece's style,
 * origin and text. Origins go in relative to the first, so a paragraph that only moved in the file
 * (a line added above it) is the same paragraph; its diagnostics move with it. Every part is JSON
 * or a text led by its length, so two different paragraphs never share a key.
 */
function paragraphKey(pieceLines: readonly (readonly TextPiece[])[], layoutKey: string, frame: ParagraphFrame, options: SegmentOptions, anchor: Origin | undefined): string {
  const parts = [
    JSON.stringify([layoutKey, frame.width, frame.left, frame.firstIndent, frame.hangIndent, frame.align, frame.pitch, options.punctuation, options.report !== undefined]),
  ];
  for (const pieces of pieceLines) {
    parts.push('|');
    for (const p of pieces) {
      const o = p.origin;
      const at = o === undefined || anchor === undefined ? '-' : JSON.stringify([o.file === anchor.file ? '' : o.file, o.line - anchor.line, o.column - anchor.column]);
      parts.push(styleKey(p.style), at, `${p.text.length}:`, p.text);
    }
  }
  return parts.join('');
}

/** Where an origin of the remembered paragraph is in the paragraph now set. */
function moved(origin: Origin, from: Origin | undefined, to: Origin | undefined): Origin {
  if (!from || !to) return origin;
  return { file: origin.file === from.file ? to.file : origin.file, line: origin.line + to.line - from.line, column: origin.column + to.column - from.column };
}

function movedDiagnostic(d: Diagnostic, from: Origin | undefined, to: Origin | undefined): Diagnostic {
  if (!from || !to || d.file !== from.file) return d;
  return { ...d, ...moved(d, from, to) };
}

/**
 * Sets a paragraph, or gives the lines it got the last time it was set with the same text, styles,
 * frame, options and fonts: a rebuild in `watch` re-sets only the paragraphs that changed. Only a
 * shaper that names its fonts (`layoutKey`, given in `watch`) is remembered by; with the others
 * every paragraph is set afresh, and nothing is kept.
 *
 * What setting the paragraph did to the shaper and the report is done again on a hit, in the same
 * order: the texts are shaped again (cheap: the shaper keeps them, and notes the fonts used just
 * as the first time) and the diagnostics reported again, moved with the paragraph. So a build
 * gives the same document, diagnostics and PDF whether its paragraphs were remembered or not.
 *
 * @param lay Sets the paragraph afresh.
 */
export function rememberParagraph(
  pieceLines: readonly (readonly TextPiece[])[],
  shaper: Shaper,
  frame: ParagraphFrame,
  options: SegmentOptions,
  lay: LayParagraph,
): LaidLine[] {
  const layoutKey = shaper.layoutKey;
  if (layoutKey === undefined) return lay(pieceLines, shaper, frame, options);
  let chars = 0;
  for (const pieces of pieceLines) for (const p of pieces) chars += p.text.length;
  if (chars > LONGEST_REMEMBERED) return lay(pieceLines, shaper, frame, options);
  const anchor = firstOrigin(pieceLines);
  const key = paragraphKey(pieceLines, layoutKey, frame, options, anchor);
  const hit = remembered.get(key);
  if (hit) {
    hits++;
    remembered.delete(key);
    remembered.set(key, hit);
    for (const e of hit.effects) {
      if ('shape' in e) shaper.shape(e.shape, e.style, e.origin && moved(e.origin, hit.anchor, anchor));
      else options.report?.(movedDiagnostic(e.report, hit.anchor, anchor));
    }
    return [...hit.lines];
  }
  misses++;
  const effects: Effect[] = [];
  // A text shaped again in the same style does nothing more: only its first shaping is kept.
  const shaped = new Set<string>();
  const recording: Shaper = {
    shape(text: string, style: TextStyle, origin: Origin | undefined): readonly ShapedGlyph[] {
      const once = `${style.role}\u0002${style.size}\u0002${text}`;
      if (!shaped.has(once)) {
        shaped.add(once);
        effects.push({ shape: text, style, origin });
      }
      return shaper.shape(text, style, origin);
    },
    ...(shaper.covers ? { covers: (text: string, role: TextStyle['role']) => shaper.covers?.(text, role) ?? false } : {}),
  };
  const report = options.report;
  const recordingOptions: SegmentOptions = report
    ? {
        ...options,
        report: (d: Diagnostic) => {
          effects.push({ report: d });
          report(d);
        },
      }
    : options;
  const lines = lay(pieceLines, recording, frame, recordingOptions);
  const entry: Remembered = { lines, effects, anchor, weight: key.length };
  remembered.set(key, entry);
  weight += entry.weight;
  for (const [k, old] of remembered) {
    if (weight <= REMEMBERED_CHARS) break;
    remembered.delete(k);
    weight -= old.weight;
  }
  return [...lines];
}

/** How often a paragraph was found remembered or set afresh, and the characters remembered. */
export function paragraphMemoStats(): { readonly hits: number; readonly misses: number; readonly chars: number } {
  return { hits, misses, chars: weight };
}

/** Forgets every remembered paragraph (tests; a process that changes its fonts' files). */
export function forgetParagraphs(): void {
  remembered.clear();
  weight = 0;
}
