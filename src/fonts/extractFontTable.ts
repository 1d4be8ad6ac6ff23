import type * as fontkit from 'fontkit';
import { BLOCKED_PAIR, FONT_TABLE_MAGIC, FONT_TABLE_VERSION, isHanPlainChar, tableLayout, type FontTableHeader } from './fontTable.js';

// Run at build time on the bundled faces (scripts/fontTables.mjs): everything here is measured
// with fontkit itself, so a table shapes exactly as fontkit would, and what the table cannot
// tell (ligatures, substitutions across a pair, a check that fails) is left to fontkit.

/** Characters set in Latin runs whose shaping the table holds: Basic Latin to Latin Extended-B, general punctuation. */
const ALPHABET_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x2010, 0x206f],
];
// fontShaper.ts shapes these with `fwid`: never from the pair tables.
const FULL_WIDTH = new Set([0x2014, 0xb7, 0x2e3a]);
// ⁄ turns the digits around it into a fraction (fontkit's frac, numr, dnom).
const FRACTION_SLASH = 0x2044;
// The features fontkit applies to a left-to-right run by default (its DefaultShaper).
const DEFAULT_FEATURES = new Set(['rvrn', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'ltra', 'ltrm']);
const MAX_MARK_RUN = 8;

interface Layout {
  readonly glyphs: readonly { id: number; codePoints: number[] }[];
  readonly positions: readonly { xAdvance: number }[];
  readonly script?: string;
}

function hmtxAdvance(face: fontkit.Font, gid: number): number {
  const metrics = (face as unknown as { hmtx: { metrics: { length: number; get(i: number): { advance: number } | undefined } } }).hmtx.metrics;
  return metrics.get(Math.min(gid, metrics.length - 1))?.advance ?? 0;
}

function layout(face: fontkit.Font, text: string, script?: string, features: string[] = []): Layout {
  return face.layout(text, features, script) as unknown as Layout;
}

/** A deterministic generator for the build-time checks (the same table on every build). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function cmapOf(face: fontkit.Font): { cps: number[]; gids: number[] } {
  const cps: number[] = [];
  const gids: number[] = [];
  const set = [...new Set(face.characterSet)].sort((x, y) => x - y);
  for (const cp of set) {
    if (!face.hasGlyphForCodePoint(cp)) continue;
    const id = face.glyphForCodePoint(cp).id;
    if (id === 0 || id > 0xffff) continue;
    cps.push(cp);
    gids.push(id);
  }
  return { cps, gids };
}

/**
 * The table of one face (see fontTable.ts). With `shaping`, the Latin pair tables and the Han
 * check are measured too (a few seconds per face: build time only); without, every run of two
 * or more characters is left to fontkit.
 */
export function extractFontTable(open: () => fontkit.Font, options: { shaping: boolean }): Uint8Array {
  const face = open();
  const { cps, gids } = cmapOf(face);
  const hmtx = (face as unknown as { hmtx: { metrics: { length: number; get(i: number): { advance: number } | undefined } } }).hmtx.metrics;
  const advances: number[] = [];
  for (let i = 0; i < hmtx.length; i++) advances.push(hmtx.get(i)?.advance ?? 0);

  const alphabet: number[] = [];
  const latin: number[] = [];
  let contextual: number[] = [];
  let chains: number[][][] = [];
  const contexts: { glyphs: number[]; singles: number[]; kerns: Int16Array }[] = [];
  let hanPlain = false;
  const runs: Record<string, [number, number, string][]> = {};
  if (options.shaping) {
    for (const [lo, hi] of ALPHABET_RANGES) {
      for (let cp = lo; cp <= hi; cp++) {
        if (FULL_WIDTH.has(cp) || cp === FRACTION_SLASH || !face.hasGlyphForCodePoint(cp)) continue;
        const ch = String.fromCodePoint(cp);
        const script = layout(face, ch).script;
        if (script !== 'latn' && script !== 'zzzz') continue;
        alphabet.push(cp);
        latin.push(script === 'latn' ? 1 : 0);
      }
    }
    // A Latin character only ever stands in a `latn` run: its `zzzz` entries are never read.
    for (const script of ['latn', 'zzzz']) {
      const a = alphabet.length;
      const glyphs: number[] = [];
      const singles: number[] = [];
      const usable: boolean[] = [];
      for (const cp of alphabet) {
        const run = layout(face, String.fromCodePoint(cp), script);
        const one = run.glyphs.length === 1 && Number.isInteger(run.positions[0]?.xAdvance);
        usable.push(one);
        glyphs.push(one ? (run.glyphs[0]?.id ?? 0) : 0);
        singles.push(one ? (run.positions[0]?.xAdvance ?? 0) : 0);
      }
      const kerns = new Int16Array(a * a).fill(BLOCKED_PAIR);
      for (let i = 0; i < a; i++) {
        if (!usable[i]) continue;
        for (let j = 0; j < a; j++) {
          if (!usable[j]) continue;
          const run = layout(face, String.fromCodePoint(alphabet[i] as number, alphabet[j] as number), script);
          if (run.glyphs.length !== 2 || run.glyphs[0]?.id !== glyphs[i] || run.glyphs[1]?.id !== glyphs[j]) continue;
          // The second glyph keeps its own advance: a pair that moves it is left to fontkit.
          if (run.positions[1]?.xAdvance !== singles[j]) continue;
          const kern = (run.positions[0]?.xAdvance ?? 0) - (singles[i] as number);
          if (Number.isInteger(kern) && kern > BLOCKED_PAIR && kern < 32768) kerns[i * a + j] = kern;
        }
      }
      contexts.push({ glyphs, singles, kerns });
    }
    const found = contextualGlyphs(face);
    const inContext = found.glyphs;
    contextual = alphabet.flatMap((_, i) => (inContext === 'all' || contexts.some((c) => inContext.has(c.glyphs[i] ?? 0)) ? [i] : []));
    const indexesOf = (g: Set<number>): number[] => alphabet.flatMap((_, i) => (contexts.some((c) => g.has(c.glyphs[i] ?? -1)) ? [i] : []));
    for (const [g1, g2] of found.pairs) {
      const firsts = indexesOf(new Set([g1]));
      const seconds = indexesOf(new Set([g2]));
      for (const c of contexts) for (const i of firsts) for (const j of seconds) c.kerns[i * alphabet.length + j] = BLOCKED_PAIR;
    }
    chains = found.chains.map((rule) => rule.map(indexesOf)).filter((rule) => rule.every((position) => position.length > 0));
    // Runs of —— ⸺⸺ and · as fontShaper.ts shapes them (with `fwid`), kept whole. Each on a face
    // of its own: fontkit names a glyph's characters after the run that first made the glyph
    // object, and a ligature made first here from ―― would be copied as ―― for ——.
    for (const cp of FULL_WIDTH) {
      if (!face.hasGlyphForCodePoint(cp)) continue;
      for (let n = 1; n <= MAX_MARK_RUN; n++) {
        const text = String.fromCodePoint(cp).repeat(n);
        const run = layout(open(), text, undefined, ['fwid']);
        const chars = [...text];
        const oneToOne = run.glyphs.length === chars.length;
        runs[text] = run.glyphs.map((g, i) => [g.id, run.positions[i]?.xAdvance ?? 0, oneToOne ? (chars[i] ?? '') : String.fromCodePoint(...g.codePoints)]);
      }
    }
    hanPlain = checkHanPlain(face, cps, gids);
  }

  const header: FontTableHeader = {
    version: FONT_TABLE_VERSION,
    postscriptName: face.postscriptName || 'Font',
    familyName: face.familyName || face.postscriptName || 'Font',
    unitsPerEm: face.unitsPerEm,
    ascent: face.ascent,
    descent: face.descent,
    capHeight: face.capHeight,
    xHeight: face.xHeight,
    bbox: { minX: face.bbox.minX, minY: face.bbox.minY, maxX: face.bbox.maxX, maxY: face.bbox.maxY },
    numGlyphs: face.numGlyphs,
    cmapLength: cps.length,
    advanceLength: advances.length,
    alphabetLength: alphabet.length,
    contextual,
    chains,
    hanPlain,
    runs,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = (8 + json.length + 3) & ~3;
  const at = tableLayout(header);
  const bytes = new Uint8Array(start + at.end);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(FONT_TABLE_MAGIC), 0);
  view.setUint32(4, json.length, true);
  bytes.set(json, 8);
  cps.forEach((cp, i) => view.setUint32(start + at.cps + 4 * i, cp, true));
  gids.forEach((g, i) => view.setUint16(start + at.gids + 2 * i, g, true));
  advances.forEach((v, i) => view.setUint16(start + at.advances + 2 * i, v, true));
  alphabet.forEach((cp, i) => view.setUint32(start + at.alphabet + 4 * i, cp, true));
  latin.forEach((l, i) => view.setUint8(start + at.latin + i, l));
  const a = alphabet.length;
  contexts.forEach((c, k) => {
    const base = start + at.contexts + k * at.contextSize;
    c.glyphs.forEach((g, i) => view.setUint16(base + 2 * i, g, true));
    c.singles.forEach((s, i) => view.setInt16(base + 2 * a + 2 * i, s, true));
    c.kerns.forEach((v, i) => view.setInt16(base + 4 * a + 2 * i, v, true));
  });
  return bytes;
}

/**
 * Whether runs of Han characters and CJK marks shape as their characters' glyphs side by side at
 * their hmtx advances: checked on one run of every such character of the face, every pair of
 * marks, and random pairs.
 */
function checkHanPlain(face: fontkit.Font, cps: readonly number[], gids: readonly number[]): boolean {
  const han: number[] = [];
  const marks: number[] = [];
  const glyphOf = new Map<number, number>();
  cps.forEach((cp, i) => {
    if (!isHanPlainChar(cp) || FULL_WIDTH.has(cp)) return;
    glyphOf.set(cp, gids[i] as number);
    (cp >= 0x3000 && cp <= 0x3030) || cp >= 0xff01 ? marks.push(cp) : han.push(cp);
  });
  if (han.length === 0) return false;
  const plain = (text: number[]): boolean => {
    const run = layout(face, String.fromCodePoint(...text));
    if (run.glyphs.length !== text.length) return false;
    return text.every((cp, i) => run.glyphs[i]?.id === glyphOf.get(cp) && run.positions[i]?.xAdvance === hmtxAdvance(face, glyphOf.get(cp) ?? 0));
  };
  const all = [...han, ...marks];
  const next = random(13);
  const pick = (list: readonly number[]): number => list[Math.floor(next() * list.length)] as number;
  if (!plain(all) || !plain([...all].reverse())) return false;
  // Every pair of marks after a Han character (the run's script is then Han, as in text).
  const h = han[0] as number;
  for (const m of marks) {
    const run: number[] = [h];
    for (const n of marks) run.push(m, n, h);
    if (!plain(run)) return false;
  }
  for (let i = 0; i < 200; i++) {
    const run: number[] = [];
    for (let j = 0; j < 200; j++) run.push(next() < 0.8 ? pick(han) : pick(marks.length > 0 ? marks : han));
    if (!plain(run)) return false;
  }
  return true;
}

/**
 * Checks a table's Latin shaping against fontkit on random runs of its alphabet; returns the
 * runs that differ (none, or the build fails: a table must never shape otherwise than fontkit).
 */
export function checkLatinShaping(face: fontkit.Font, shapeRun: (chars: string[]) => readonly { id: number; advance: number }[] | undefined, alphabet: readonly number[], count: number): string[] {
  const next = random(7);
  const bad: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 2 + Math.floor(next() * 10);
    const chars: string[] = [];
    for (let j = 0; j < length; j++) chars.push(String.fromCodePoint(alphabet[Math.floor(next() * alphabet.length)] as number));
    const ours = shapeRun(chars);
    if (!ours) continue;
    const theirs = layout(face, chars.join(''));
    const same = theirs.glyphs.length === ours.length && ours.every((g, k) => g.id === theirs.glyphs[k]?.id && g.advance === theirs.positions[k]?.xAdvance);
    if (!same) bad.push(chars.join(''));
  }
  return bad;
}

interface LookupTable {
  readonly featureList: readonly { tag: string; feature: { lookupListIndexes: number[] } }[];
  readonly lookupList: { toArray(): { lookupType: number; subTables: unknown[] }[] };
}

/** Every glyph id a coverage or class definition names, walking a parsed subtable (fontkit's objects). */
function collectGlyphs(node: unknown, into: Set<number>, seen = new Set<unknown>()): void {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  const o = node as Record<string, unknown>;
  const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v && typeof (v as { toArray?: unknown }).toArray === 'function' ? (v as { toArray(): unknown[] }).toArray() : []);
  if ('rangeRecords' in o) for (const r of arr(o['rangeRecords']) as { start: number; end: number }[]) for (let g = r.start; g <= r.end; g++) into.add(g);
  if ('classRangeRecord' in o) for (const r of arr(o['classRangeRecord']) as { start: number; end: number }[]) for (let g = r.start; g <= r.end; g++) into.add(g);
  if ('glyphs' in o) for (const g of arr(o['glyphs'])) if (typeof g === 'number') into.add(g);
  if ('classValueArray' in o && typeof o['startGlyph'] === 'number') arr(o['classValueArray']).forEach((_, i) => into.add((o['startGlyph'] as number) + i));
  for (const value of Object.values(o)) {
    if (Array.isArray(value)) for (const v of value) collectGlyphs(v, into, seen);
    else if (value && typeof value === 'object') {
      const list = arr(value);
      if (list.length > 0) for (const v of list) collectGlyphs(v, into, seen);
      else collectGlyphs(value, into, seen);
    }
  }
}

/** What the default features do beyond single glyphs and pairs, as far as the table must know. */
interface Contextual {
  /** Glyphs of rules the table cannot follow: a run with two of them is left to fontkit ('all': every glyph). */
  readonly glyphs: Set<number> | 'all';
  /** The first two glyphs of each ligature of three or more: a run holding them side by side is left to fontkit. */
  readonly pairs: readonly (readonly [number, number])[];
  /** Chaining rules by coverage (format 3): per position, the glyphs it matches; a run matching one is left to fontkit. */
  readonly chains: readonly (readonly Set<number>[])[];
}

function list(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v && typeof (v as { toArray?: unknown }).toArray === 'function') return (v as { toArray(): unknown[] }).toArray();
  return [];
}

function coverageGlyphs(coverage: unknown): Set<number> {
  const set = new Set<number>();
  collectGlyphs(coverage, set);
  return set;
}

/**
 * What the default features do that pairs cannot tell: chaining rules, ligatures of three or
 * more glyphs, and anything the table cannot follow (rules by class, lookups that skip marks).
 */
function contextualGlyphs(face: fontkit.Font): Contextual {
  const glyphs = new Set<number>();
  const pairs: [number, number][] = [];
  const chains: Set<number>[][] = [];
  const all: Contextual = { glyphs: 'all', pairs: [], chains: [] };
  for (const [tag, contextTypes, extensionType] of [
    ['GSUB', [5, 6, 8], 7],
    ['GPOS', [7, 8], 9],
  ] as const) {
    const table = (face as unknown as Record<string, LookupTable | undefined>)[tag];
    if (!table) continue;
    const lookups = table.lookupList.toArray() as { lookupType: number; subTables: unknown[]; flags?: { markAttachmentType?: number; flags?: Record<string, boolean> } }[];
    const used = new Set<number>();
    for (const f of table.featureList) if (DEFAULT_FEATURES.has(f.tag)) for (const i of f.feature.lookupListIndexes) used.add(i);
    for (const i of used) {
      const lookup = lookups[i];
      if (!lookup) continue;
      const flags = lookup.flags;
      // A lookup that skips some glyphs matches across them: its rules are not followed by position.
      const f = flags?.flags ?? {};
      const skips = (flags?.markAttachmentType ?? 0) !== 0 || Boolean(f['ignoreBaseGlyphs'] || f['ignoreLigatures'] || f['ignoreMarks'] || f['useMarkFilteringSet']);
      for (const raw of lookup.subTables) {
        const ext = (raw as { extension?: unknown }).extension;
        const type = ext ? (raw as { lookupType: number }).lookupType : lookup.lookupType;
        const sub = (ext ?? raw) as Record<string, unknown>;
        if (lookup.lookupType === extensionType && !ext) return all;
        if ((contextTypes as readonly number[]).includes(type)) {
          if ('classDef' in sub || 'inputClassDef' in sub) return all;
          if (!skips && 'inputCoverage' in sub) {
            const backtrack = list(sub['backtrackCoverage']).map(coverageGlyphs).reverse();
            chains.push([...backtrack, ...list(sub['inputCoverage']).map(coverageGlyphs), ...list(sub['lookaheadCoverage']).map(coverageGlyphs)]);
          } else if (!skips && 'coverages' in sub) {
            chains.push(list(sub['coverages']).map(coverageGlyphs));
          } else {
            collectGlyphs(sub, glyphs);
          }
        } else if (tag === 'GSUB' && type === 4) {
          const firsts = [...coverageGlyphs(sub['coverage'])].sort((x, y) => x - y);
          // fontkit's coverage order: the ligature sets follow the coverage's glyphs in order.
          const sets = list(sub['ligatureSets']);
          sets.forEach((set, k) => {
            for (const lig of list(set) as { components: number[] }[]) {
              if (lig.components.length < 2) continue;
              const first = firsts[k];
              if (skips || first === undefined) {
                collectGlyphs(sub['coverage'], glyphs);
                for (const g of lig.components) glyphs.add(g);
              } else pairs.push([first, lig.components[0] as number]);
            }
          });
        }
      }
    }
  }
  return { glyphs, pairs, chains };
}
