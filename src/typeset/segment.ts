import LineBreaker from 'linebreak';
import {
  classify,
  isAlnum,
  isCjkPunctuation,
  isDigit,
  NOT_AT_LINE_END,
  NOT_AT_LINE_START,
  type CharClass,
} from './charClass.js';
import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PunctuationStyle } from '../model/document.js';
import { chineseContext } from './chineseContext.js';
import { cutLatinRun } from './cutLatinRun.js';
import type { Origin, ShapedGlyph, Shaper, TextStyle } from './types.js';

/** A run of text in one style, as a paragraph is built from its inlines. */
export interface TextPiece {
  readonly text: string;
  readonly style: TextStyle;
  readonly origin?: Origin;
}

/**
 * An unbreakable box of the line: one Han character or mark, or a whole Latin word, number,
 * —— or …… (docs/layout.md B.1 "never split"). Punctuation carries its removable ½ em as
 * `spaceLeft`/`spaceRight`; `trimLeft`/`trimRight` is space already taken away by compression.
 */
export interface Unit {
  readonly text: string;
  readonly cls: CharClass;
  readonly style: TextStyle;
  readonly glyphs: readonly ShapedGlyph[];
  /** Width of the unit's box: the sum of the glyph advances, or 1 em for a mark set full-width. */
  readonly natural: number;
  /** Where the glyphs start inside the box (a proportional opening quote sits at its right). */
  readonly inkOffset: number;
  trimLeft: number;
  trimRight: number;
  spaceLeft: number;
  spaceRight: number;
  /** Characters that count for 孤字 (punctuation does not). */
  readonly letters: number;
  /** First and last character as the break rules see them (a stray `,` breaks like `，`). */
  readonly breakFirst: string;
  readonly breakLast: string;
  readonly origin?: Origin | undefined;
}

export type GlueKind = 'none' | 'word' | 'autospace' | 'hanspace';

/** What lies between unit i-1 and unit i: glue (vanishes at a break) and whether a break may fall there. */
export interface Joint {
  readonly glueKind: GlueKind;
  readonly glue: number;
  readonly glueShrink: number;
  readonly glueStretch: number;
  readonly canBreak: boolean;
  /** Added to the demerits of a break here (emergency breaks inside a too-long word). */
  readonly penalty: number;
  /** Takes no inter-character stretch: inside a cut word, or a gap kept as typed. */
  readonly rigid?: boolean;
  /** A space glyph drawn at the start of a word space, so copied text keeps its spaces. */
  readonly spaceGlyph?: ShapedGlyph | undefined;
}

/**
 * A joint with every field present, in one order: the line breaker reads hundreds of thousands
 * of them, and objects of one shape keep its property reads monomorphic.
 */
function joint(glue: Glue, canBreak: boolean, penalty: number, rigid: boolean): Joint {
  if (glue === NO_GLUE && penalty === 0 && !rigid) return canBreak ? BREAK : NO_BREAK;
  return newJoint(glue, canBreak, penalty, rigid);
}

function newJoint(glue: Glue, canBreak: boolean, penalty: number, rigid: boolean): Joint {
  return { glueKind: glue.glueKind, glue: glue.glue, glueShrink: glue.glueShrink, glueStretch: glue.glueStretch, canBreak, penalty, rigid, spaceGlyph: glue.spaceGlyph };
}

export interface Segmented {
  readonly units: readonly Unit[];
  /** joints[i] sits before units[i]; joints[units.length] is the paragraph end. */
  readonly joints: readonly Joint[];
}

/** One character of a paragraph, with what the segmenter knows of it. */
export interface Char {
  readonly ch: string;
  readonly cls: CharClass;
  readonly style: TextStyle;
  readonly origin: Origin | undefined;
  /** Offset in the paragraph's text, in UTF-16 units, for the UAX #14 break positions. */
  readonly offset: number;
  readonly breakAs: string;
}

export interface SegmentOptions {
  /** docs/layout.md B.2 punctuation style (default quanjiao). */
  readonly punctuation?: PunctuationStyle;
  /** Receives warnings about the text: stray half-width marks, spaces between Han, long words. */
  readonly report?: (d: Diagnostic) => void;
}

// UAX #14 tags “ ” ‘ ’ as ambiguous quotation (QU); in Chinese text they open and close
// (docs/layout.md B.1), so the break finder sees full-width brackets in their place (same length).
function breakProxy(ch: string): string {
  return ch === '“' || ch === '‘' ? '（' : ch === '”' || ch === '’' ? '）' : ch;
}

/** Per UTF-16 offset in the paragraph's text, true where UAX #14 allows a break before it. */
function breakOpportunities(chars: readonly Char[]): boolean[] {
  let proxy = '';
  for (const c of chars) proxy += breakProxy(c.breakAs);
  const breaker = new LineBreaker(proxy);
  const found = new Array<boolean>(proxy.length + 1).fill(false);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) found[b.position] = true;
  return found;
}

function toChars(pieces: readonly TextPiece[], report: SegmentOptions['report']): Char[] {
  const text: string[] = [];
  /** Where each piece's characters end in `text`. */
  const ends: number[] = [];
  for (const piece of pieces) {
    for (const ch of piece.text) text.push(ch);
    ends.push(text.length);
  }
  const context = chineseContext(text);
  // One pass, one object per character: a paragraph may hold 100,000 of them (issue 10).
  const chars: Char[] = [];
  let offset = 0;
  let i = 0;
  pieces.forEach((piece, p) => {
    const o = piece.origin;
    let column = o?.column ?? 0;
    for (const end = ends[p] ?? 0; i < end; i++) {
      const ch = text[i] as string;
      const origin: Origin | undefined = o ? { file: o.file, line: o.line, column } : undefined;
      chars.push({ ch, style: piece.style, origin, offset, cls: classify(ch), breakAs: context.breakAs[i] ?? ch });
      offset += ch.length;
      column += ch.length;
    }
  });
  if (report) {
    for (const f of context.findings) {
      const origin = chars[f.index]?.origin;
      if (origin) report(diagnostic({ file: origin.file, line: origin.line, column: origin.column, severity: 'warning', rule: f.rule }, f.message, f.hint));
    }
  }
  return chars;
}

/** Characters that go into one unit together: Latin words, dash and ellipsis runs. */
function sameStyle(a: TextStyle, b: TextStyle): boolean {
  return a === b || (a.role === b.role && a.size === b.size && a.colour === b.colour && a.bold === b.bold);
}

function joins(a: Char, b: Char): boolean {
  if (!sameStyle(a.style, b.style)) return false;
  if (a.cls === 'latin' && b.cls === 'latin') return true;
  return (a.cls === 'dash' || a.cls === 'ellipsis') && a.ch === b.ch;
}

/** Characters that make one unit (or one Latin run to cut): chars[start, end) of the paragraph, with no space inside. */
interface Group {
  readonly start: number;
  end: number;
  /** Spaces typed before this group. */
  readonly spacesBefore: number;
}

const MAX_MARK_RUN = 8;

function group(chars: readonly Char[]): Group[] {
  const groups: Group[] = [];
  let last: Group | undefined;
  let spaces = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as Char;
    if (c.cls === 'space') {
      spaces++;
      continue;
    }
    // A run of dashes or dots longer than any typed as —— or …… is cut into boxes of a few: one box
    // of 3,000 dashes would run off the page where no line can hold it (issue 10).
    const full = c.cls !== 'latin' && last !== undefined && last.end - last.start >= MAX_MARK_RUN;
    // With no space between, the last group ends right before this character.
    if (last && spaces === 0 && joins(chars[last.end - 1] as Char, c) && !full) last.end = i + 1;
    else groups.push((last = { start: i, end: i + 1, spacesBefore: groups.length === 0 ? 0 : spaces }));
    spaces = 0;
  }
  return groups;
}

/**
 * docs/layout.md B.2 punctuation styles: 全角 keeps every mark on a full em; 开明 sets the marks inside
 * a sentence (、，；： brackets, quotes, ·) half-width and keeps 。？！ full; 半角 sets all half-width.
 */
function setPunctuationStyle(u: Unit, style: PunctuationStyle): void {
  if (style === 'quanjiao' || !isCjkPunctuation(u.cls)) return;
  if (style === 'kaiming' && u.cls === 'stop') return;
  u.trimLeft += u.spaceLeft;
  u.trimRight += u.spaceRight;
  u.spaceLeft = 0;
  u.spaceRight = 0;
}

/** The unit of characters chars[start, end). */
function makeUnit(chars: readonly Char[], start: number, end: number, shaper: Shaper, style: PunctuationStyle): Unit {
  const first = chars[start] as Char;
  const count = end - start;
  let text = first.ch;
  for (let k = start + 1; k < end; k++) text += (chars[k] as Char).ch;
  const glyphs = shaper.shape(text, first.style, first.origin);
  let advance = 0;
  for (const g of glyphs) advance += g.advance;
  const em = first.style.size;
  const cls = first.cls;
  // Chinese marks take a 1 em box (clreq §3.1.6). A face whose marks are proportional (LXGW WenKai
  // sets “ ” · at 0.35 em) gets the box anyway, its glyph placed where a full-width one has its ink.
  const box = isCjkPunctuation(cls) && count === 1 && advance < 0.9 * em ? em : advance;
  const inkOffset = box === advance ? 0 : cls === 'open' ? box - advance : cls === 'middle' ? (box - advance) / 2 : 0;
  const natural = box;
  const half = em / 2;
  const spaceLeft = cls === 'open' ? half : cls === 'middle' ? half / 2 : 0;
  const spaceRight = cls === 'close' || cls === 'pause' || cls === 'stop' ? half : cls === 'middle' ? half / 2 : 0;
  const letters = isCjkPunctuation(cls) || cls === 'dash' || cls === 'ellipsis' ? 0 : count;
  const breakFirst = first.breakAs;
  const breakLast = (chars[end - 1] as Char).breakAs;
  const unit: Unit = { text, cls, style: first.style, glyphs, natural, inkOffset, trimLeft: 0, trimRight: 0, spaceLeft, spaceRight, letters, breakFirst, breakLast, origin: first.origin };
  setPunctuationStyle(unit, style);
  return unit;
}

const HAN_SPACE = 0.245;

type Glue = Pick<Joint, 'glueKind' | 'glue' | 'glueShrink' | 'glueStretch' | 'spaceGlyph'>;

const NO_GLUE: Glue = { glueKind: 'none', glue: 0, glueShrink: 0, glueStretch: 0, spaceGlyph: undefined };

// Most joints of Chinese text are bare (no glue, no penalty): they share one of two objects, as
// joints are never changed, instead of one per character.
const BREAK = newJoint(NO_GLUE, true, 0, false);
const NO_BREAK = newJoint(NO_GLUE, false, 0, false);

/**
 * docs/layout.md B.2: two adjacent marks take 1.5 em (。” ）（ ：“), so ½ em of the space between
 * them goes, taken first from the left mark; each bracket stays tight to its own text.
 */
function compressPair(a: Unit, b: Unit): void {
  if (!isCjkPunctuation(a.cls) || !isCjkPunctuation(b.cls)) return;
  const excess = Math.min(a.spaceRight + b.spaceLeft, a.style.size / 2);
  const fromA = Math.min(a.spaceRight, excess);
  a.spaceRight -= fromA;
  a.trimRight += fromA;
  const fromB = Math.min(b.spaceLeft, excess - fromA);
  b.spaceLeft -= fromB;
  b.trimLeft += fromB;
}

function glueBetween(a: Unit, b: Unit, spaces: number, shaper: Shaper): Glue {
  const em = a.style.size;
  const aPunct = isCjkPunctuation(a.cls) || a.cls === 'dash' || a.cls === 'ellipsis';
  const bPunct = isCjkPunctuation(b.cls) || b.cls === 'dash' || b.cls === 'ellipsis';
  if (aPunct || bPunct) return NO_GLUE;
  const aLatin = a.cls === 'latin';
  const bLatin = b.cls === 'latin';
  if (aLatin && bLatin) {
    if (spaces === 0) return NO_GLUE;
    // B.3: a word space shrinks to ¼ em and stretches to ½ em.
    const space = shaper.shape(' ', a.style, a.origin)[0];
    return { glueKind: 'word', glue: em / 3, glueShrink: em / 12, glueStretch: em / 6, spaceGlyph: space };
  }
  // B.4: ¼ em between Han and Latin letters or digits, typed space or not; it shrinks to ⅛ em.
  const hanLatin = (a.cls === 'han' && bLatin && isAlnum(firstChar(b.text))) || (aLatin && b.cls === 'han' && isAlnum(lastChar(a.text)));
  if (hanLatin) return { glueKind: 'autospace', glue: em / 4, glueShrink: em / 8, glueStretch: em / 12, spaceGlyph: undefined };
  // A space typed between two Han characters (issue 3) is kept as a gap of ¼ em, the most clreq
  // allows between ideographs; a hair under it, so that rounding never pushes it over. It takes
  // no justification stretch.
  if (spaces > 0) return { glueKind: 'hanspace', glue: HAN_SPACE * em, glueShrink: (HAN_SPACE - 1 / 8) * em, glueStretch: 0, spaceGlyph: undefined };
  return NO_GLUE;
}

/** The first character (code point) of a text. */
function firstChar(text: string): string {
  const cp = text.codePointAt(0);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The last character (code point) of a text: a surrogate pair whole. */
function lastChar(text: string): string {
  const high = text.codePointAt(text.length - 2) ?? 0;
  return text.slice(high > 0xffff ? -2 : -1);
}

function breakAllowed(a: Unit, b: Unit, opportunity: boolean): boolean {
  if (!opportunity) return false;
  const lastA = a.breakLast;
  if (NOT_AT_LINE_START.has(b.breakFirst) || NOT_AT_LINE_END.has(lastA)) return false;
  if (a.cls === 'dash' && b.cls === 'dash') return false;
  // A number stays with the unit written right after it (1278号, 50.4%); B.1.
  if (isDigit(lastA) && b.cls === 'han') return false;
  return true;
}

/**
 * Cuts a paragraph into units and joints: the boxes and glue the line breaker chooses among.
 * `maxWidth` is the narrowest line: a Latin run wider than that is cut at its own break
 * opportunities (after / . @ - ? &), or between letters as a last resort.
 */
export function segmentParagraph(pieces: readonly TextPiece[], shaper: Shaper, maxWidth: number, options: SegmentOptions = {}): Segmented {
  const chars = toChars(pieces, options.report);
  const opportunities = breakOpportunities(chars);
  const punctuation = options.punctuation ?? 'quanjiao';
  const units: Unit[] = [];
  const joints: Joint[] = [joint(NO_GLUE, false, 0, false)];
  /**
   * Adds the unit of source[start, end) and the joint before it: a break inside a cut word has
   * its penalty, any other its glue and rules.
   */
  const add = (source: readonly Char[], start: number, end: number, spacesBefore: number, cutPenalty: number | undefined): void => {
    const unit = makeUnit(source, start, end, shaper, punctuation);
    const prev = units[units.length - 1];
    if (prev) {
      if (cutPenalty !== undefined) {
        joints.push(joint(NO_GLUE, true, cutPenalty, true));
      } else {
        compressPair(prev, unit);
        const glue = glueBetween(prev, unit, spacesBefore, shaper);
        const canBreak = breakAllowed(prev, unit, opportunities[(source[start] as Char).offset] === true);
        joints.push(joint(glue, canBreak, 0, glue.glueKind === 'hanspace'));
      }
    }
    units.push(unit);
  };
  for (const g of group(chars)) {
    const head = chars[g.start] as Char;
    // Only a Latin run of two or more characters may be cut (cutLatinRun.ts); the rest is one unit.
    if (head.cls !== 'latin' || g.end - g.start < 2) {
      add(chars, g.start, g.end, g.spacesBefore, undefined);
      continue;
    }
    const run = chars.slice(g.start, g.end);
    const { parts, penalties, tooWide } = cutLatinRun(run, shaper, maxWidth);
    if (tooWide && head.origin && options.report) {
      options.report(
        diagnostic(
          { ...head.origin, severity: 'warning', rule: 'typeset/long-word' },
          m('typeset.long-word', { word: run.map((c) => c.ch).join('') }),
          m('typeset.long-word-hint'),
        ),
      );
    }
    parts.forEach((part, index) => add(part, 0, part.length, g.spacesBefore, index > 0 ? (penalties[index] ?? 0) : undefined));
  }
  joints.push(joint(NO_GLUE, true, 0, false));
  return { units, joints };
}
