import { LinePrefix, lineMetricsScratch, stretchShares, type LineMetrics, type StretchShares } from './lineMetrics.js';
import type { Segmented } from './segment.js';

export interface LineWidths {
  /** Width of the first line (after its indent). */
  readonly first: number;
  /** Width of every other line. */
  readonly rest: number;
}

export interface BreakOptions {
  /** Lines are not justified (centred titles): every line is judged like a last line. */
  readonly ragged?: boolean;
  /**
   * (optional) Counts the units the breaker looks at, summed over every line start: it stays
   * within a line's worth of units per start, so it grows linearly with the paragraph (issue 10).
   */
  readonly work?: { steps: number };
}

/** Units [start, end) form one line. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

const EPSILON = 1e-6;
// An extra gap of this many em between characters scores badness 100 (B.3: keep spacing even).
const COMFORTABLE_GAP_EM = 0.12;
const ORPHAN_PENALTY = 1e7;
const OVERFULL_PENALTY = 1e9;
// No break the rules allow within a line's width (50,000 opening brackets in a row): cut where
// the line is full rather than set the whole run as one line.
const FORCED_PENALTY = 1e10;
// Units past a full line searched for a break that leaves the line overfull (a number, then 号).
const OVERFULL_SEARCH = 16;
const LOOSE_EM = 4;
const TIE = 1e-12;

function lineBadness(m: LineMetrics, width: number, em: number, isLast: boolean, ragged: boolean, shares: StretchShares): number | undefined {
  const diff = width - m.natural;
  if (diff < -EPSILON) {
    if (-diff > m.shrink + EPSILON) return undefined;
    // Shrink before stretch (B.3): squeezing punctuation fully costs no more than a barely
    // visible stretch of 0.025 em between every pair of characters.
    return (-diff / m.shrink) ** 3;
  }
  if (isLast) return 0;
  if (ragged) return 100 * (diff / em) ** 2;
  if (diff <= m.glueStretch + EPSILON) return m.glueStretch > 0 ? 60 * (diff / m.glueStretch) ** 3 : 0;
  if (m.gaps === 0) {
    // A line made only of a cut URL or word: letter-space it rather than leave it short.
    if (m.rigidGaps === 0) return undefined;
    return 1000 + 100 * ((diff - m.glueStretch) / m.rigidGaps / (COMFORTABLE_GAP_EM * em)) ** 3;
  }
  const { perGap, perGlue } = stretchShares(m, width, em, shares);
  // Past ¼ em between ideographs the rest goes into word spaces and Han–Latin gaps: costly, but
  // less so than the loose line clreq forbids.
  const glue = perGlue > 0 ? 500 + 100 * (perGlue / (0.25 * em)) ** 3 : 0;
  return 100 * (perGap / (COMFORTABLE_GAP_EM * em)) ** 3 + (m.glueStretch > 0 ? 60 : 0) + glue;
}

function letters(seg: Segmented, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n += seg.units[i]?.letters ?? 0;
  return n;
}

/** Where a scan of the ends of a line from one start got to. */
interface Scan {
  /** Some end gave a line that fits. */
  accepted: boolean;
  /** The scan skipped the ends that leave the line far too loose. */
  pruned: boolean;
  /** The first end a break may fall at, or -1. */
  firstBreak: number;
  /** The last end at which the line still fits, whether or not a break may fall there. */
  lastFit: number;
}

/**
 * The search over one paragraph's breaks: the least total demerits found so far to reach each
 * unit boundary, and the start of the last line of that best way. One per paragraph, with the
 * objects it fills in again for every line it tries (issue 13: a line tried was an object or two
 * of garbage, hundreds of thousands of them in a long issue).
 */
class BreakSearch {
  readonly best: number[];
  readonly from: number[];
  private readonly n: number;
  private readonly ragged: boolean;
  private readonly totalLetters: number;
  private readonly prefix: LinePrefix;
  private readonly metrics = lineMetricsScratch();
  private readonly shares: StretchShares = { perGap: 0.5, perGlue: 0.5 };
  readonly scanned: Scan = { accepted: false, pruned: false, firstBreak: -1, lastFit: 0 };

  constructor(
    private readonly seg: Segmented,
    private readonly options: BreakOptions,
  ) {
    this.n = seg.units.length;
    this.ragged = options.ragged ?? false;
    this.totalLetters = letters(seg, 0, this.n);
    this.prefix = new LinePrefix(seg);
    this.best = new Array<number>(this.n + 1).fill(Infinity);
    this.from = new Array<number>(this.n + 1).fill(-1);
    this.best[0] = 0;
  }

  /** Records the line [a, b) of badness `bad` after the best way to `a` (total `base`), if it makes a better way to `b`. */
  consider(a: number, base: number, b: number, bad: number): void {
    const isLast = b === this.n;
    let demerits = (1 + bad) ** 2 + (this.seg.joints[b]?.penalty ?? 0);
    if (isLast && !this.ragged && this.totalLetters >= 2 && a > 0 && letters(this.seg, a, b) < 2) demerits += ORPHAN_PENALTY;
    const total = base + demerits;
    // Totals equal but for rounding (the running sums are differences of prefix sums) are a
    // tie, which the earlier start wins, so the breaks do not hang on the last bit.
    const known = this.best[b] ?? Infinity;
    if (known === Infinity || total < known - TIE * known) {
      this.best[b] = total;
      this.from[b] = a;
    }
  }

  /**
   * Tries the ends of a line from `a` and considers each that fits; the outcome is left in
   * {@link scanned}. A justified line shorter than the measure by more than LOOSE_EM is never
   * the best choice while a fuller one exists from the same start: with `prune`, it is looked at
   * only when none does. This keeps the candidates per start to a few (issue 10), instead of
   * every break of the line.
   */
  scan(a: number, base: number, width: number, em: number, prune: boolean): void {
    const { seg, prefix, n } = this;
    const found = this.scanned;
    found.accepted = false;
    found.pruned = false;
    found.firstBreak = -1;
    found.lastFit = a + 1;
    let b = a + 1;
    if (prune) {
      // Lines only grow as they take more units: find the first end that is full enough.
      const floor = width - LOOSE_EM * em;
      let lo = a + 1;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (prefix.loose(a, mid) >= floor) hi = mid;
        else lo = mid + 1;
      }
      if (lo > a + 1) {
        found.pruned = true;
        found.lastFit = lo - 1;
        b = lo;
      }
    }
    // Bounded look-ahead: once the units are wider than any trim at the line end could give
    // back, no later end can fit, so each start looks at about one line of units and no more.
    for (; b <= n; b++) {
      if (this.options.work) this.options.work.steps++;
      const tightest = prefix.tightest(a, b);
      if (tightest <= width) found.lastFit = b;
      else if (b > a + 1 && tightest > width + em && (found.firstBreak > 0 || b - found.lastFit > OVERFULL_SEARCH)) break;
      if (!seg.joints[b]?.canBreak) continue;
      if (found.firstBreak < 0) found.firstBreak = b;
      const m = prefix.metrics(a, b, this.metrics);
      const bad = lineBadness(m, width, em, b === n, this.ragged, this.shares);
      if (bad === undefined) {
        if (m.natural - m.shrink > width) break;
        continue;
      }
      found.accepted = true;
      this.consider(a, base, b, bad);
    }
  }
}

/**
 * Chooses the breaks of a whole paragraph together (Knuth–Plass style, docs/layout.md B.3.3): the
 * total of squared badness over all lines is least, so spacing stays even down the paragraph.
 * The last line never holds a single character (孤字, B.3.4) when another choice exists.
 */
export function breakLines(seg: Segmented, widths: LineWidths, options: BreakOptions = {}): LineSpan[] {
  const n = seg.units.length;
  if (n === 0) return [];
  const search = new BreakSearch(seg, options);
  const { best, from, scanned } = search;
  for (let a = 0; a < n; a++) {
    const base = best[a] ?? Infinity;
    if (base === Infinity) continue;
    const width = a === 0 ? widths.first : widths.rest;
    const em = seg.units[a]?.style.size ?? 12;
    search.scan(a, base, width, em, !(options.ragged ?? false));
    if (!scanned.accepted && scanned.pruned) search.scan(a, base, width, em, false);
    if (scanned.accepted) continue;
    // Nothing fits (an unbreakable unit wider than the line): take the shortest overfull line;
    // with no break at all within reach, cut where the line is full.
    if (scanned.firstBreak > 0) search.consider(a, base, scanned.firstBreak, OVERFULL_PENALTY);
    else search.consider(a, base, scanned.lastFit, FORCED_PENALTY);
  }
  const lines: LineSpan[] = [];
  for (let b = n; b > 0; ) {
    const a = from[b] ?? -1;
    if (a < 0) throw new Error(`breakLines: no way to reach unit ${b}`);
    lines.push({ start: a, end: b });
    b = a;
  }
  return lines.reverse();
}
