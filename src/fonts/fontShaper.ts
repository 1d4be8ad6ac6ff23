import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FontRole, Origin, ShapedGlyph, Shaper, TextStyle } from '../typeset/types.js';
import { FALLBACK_ORDER } from './fontCandidates.js';
import type { GlyphMetrics } from './fontTable.js';
import { hasGlyph } from './hasGlyph.js';
import { keepRecent } from './keepRecent.js';
import type { LoadedFont } from './loadFont.js';
import type { StyleClass } from './readFaceNames.js';
import { FONT_ROLES, roleStyle, type FontSet } from './resolveFonts.js';

// Noto CJK SC sets — and · proportionally; Chinese text wants them on the 1 em grid, which the
// fonts give under `fwid` (and —— becomes one 2 em glyph, so it can never split).
export const FULL_WIDTH_FORMS = /[—·⸺]/u;

/** How many characters no font has are reported one by one in an issue; the rest get one summary. */
export const MISSING_GLYPH_REPORTS = 20;

/**
 * The real shaper: fontkit metrics for each role's font, a per-character fallback through the
 * other fonts (same style class first, then the bundled faces), and one warning per character
 * that no font has (docs/layout.md D.2). Shaped runs are cached per font, so a rebuild shapes nothing twice.
 */
// Shaped text per font, shared by every build of the process (fonts are process-wide too).
const metricsCache = new Map<string, readonly GlyphMetrics[]>();

/**
 * How many shaped texts are kept: every character and word of a few hundred issues. Past that the
 * oldest go, so that a `watch` left running for weeks does not grow without end.
 */
export const KEPT_SHAPINGS = 200_000;

// The installed face a character is taken from (null: none has it), per set of installed faces
// (resolveFonts.ts keeps one per font index) and style class: a character no font has is looked
// for in the installed faces once per process, not once per build.
const installedChoices = new WeakMap<FontSet['installed'], Map<StyleClass, Map<number, LoadedFont | null>>>();

// A number per set of installed faces (one per font index and process), for layoutKey.
const installedIds = new WeakMap<FontSet['installed'], number>();
let installedCount = 0;

function installedId(installed: FontSet['installed']): number {
  const known = installedIds.get(installed);
  if (known !== undefined) return known;
  installedIds.set(installed, ++installedCount);
  return installedCount;
}

function installedChoice(installed: FontSet['installed'], style: StyleClass): Map<number, LoadedFont | null> {
  let byStyle = installedChoices.get(installed);
  if (!byStyle) {
    byStyle = new Map();
    installedChoices.set(installed, byStyle);
  }
  let choices = byStyle.get(style);
  if (!choices) {
    choices = new Map();
    byStyle.set(style, choices);
  }
  return choices;
}

/**
 * fontkit's layout, with the glyph objects made afresh: fontkit keeps one glyph object per id per
 * face and names its characters after whatever made it first (a ligature met first as ―― is
 * copied as ―― where —— was typed, one drawn by the PDF subset has none), so what a glyph copies
 * as would depend on the issues built before in the process. Made afresh, a ligature's glyph
 * stands for the characters it joins.
 */
function layoutFresh(face: LoadedFont['face'], text: string, features: string[]): ReturnType<LoadedFont['face']['layout']> {
  const cache = face as unknown as { _glyphs: Record<number, unknown> };
  const kept = cache._glyphs;
  cache._glyphs = {};
  try {
    return face.layout(text, features);
  } finally {
    cache._glyphs = kept;
  }
}

export class FontShaper implements Shaper {
  private readonly chains = new Map<FontRole, readonly LoadedFont[]>();
  private readonly lazyChains = new Map<FontRole, readonly (() => LoadedFont)[]>();
  /** Per role, the font each code point met so far is taken from: one lookup per character after the first. */
  private readonly choices = new Map<FontRole, Map<number, LoadedFont>>();
  private readonly primaries = new Map<FontRole, LoadedFont>();
  private readonly reported = new Set<number>();
  /** Missing characters past the first MISSING_GLYPH_REPORTS, and where the first of them is. */
  private omitted = 0;
  private omittedAt: Origin | undefined;
  private readonly styles = new Map<FontRole, StyleClass>();
  /** Installed faces a character was taken from, in the order first used: they end every chain. */
  private readonly installedUsed: LoadedFont[] = [];
  /** Every font a glyph was taken from, by key: what the renderer embeds. */
  readonly fontsByKey = new Map<string, LoadedFont>();
  /**
   * Shaped text by role and size, then text: a page shapes the same few thousand characters over
   * and over. What a text gives depends only on them (every character's font is chosen once per
   * role, and reported, the first time: `choices`).
   */
  private readonly shaped = new Map<string, Map<string, readonly ShapedGlyph[]>>();
  private lastStyle: TextStyle | undefined;
  private lastShaped: Map<string, readonly ShapedGlyph[]> | undefined;

  private key: string | undefined;

  /**
   * Each role's face and the installed faces looked in: what the glyphs of a text depend on, so
   * that paragraphs set with this shaper are kept for later builds (typeset/paragraphMemo.ts);
   * undefined unless asked for with `keepLayouts`. A bundled role is named by its file, so that
   * naming it does not open it.
   */
  get layoutKey(): string | undefined {
    if (!this.keepLayouts) return undefined;
    this.key ??= [
      ...FONT_ROLES.map((role) => {
        const resolved = this.fonts.roles[role];
        return resolved.source === 'bundled' ? resolved.file : resolved.font.key;
      }),
      installedId(this.fonts.installed),
    ].join('\0');
    return this.key;
  }

  constructor(
    private readonly fonts: FontSet,
    private readonly report: (d: Diagnostic) => void,
    private readonly strict = false,
    /** The file named by warnings about text that has no place in it (the masthead, page numbers). */
    private readonly file = '',
    /** Keep the paragraphs set with this shaper for later builds in the process (`watch`). */
    private readonly keepLayouts = false,
  ) {}

  /**
   * The fonts a role's characters are looked up in, in order (the HTML's font-family stacks follow
   * it too): the role's, the other roles', the bundled ones, then the installed faces used so far.
   */
  chain(role: FontRole): readonly LoadedFont[] {
    let chain = this.chains.get(role);
    if (!chain) {
      const list = [this.fonts.roles[role].font, ...FALLBACK_ORDER[role].map((r) => this.fonts.roles[r].font), this.fonts.bundled[role]];
      for (const r of FALLBACK_ORDER[role]) list.push(this.fonts.bundled[r]);
      chain = [...new Set(list)];
      this.chains.set(role, chain);
    }
    return this.installedUsed.length === 0 ? chain : [...new Set([...chain, ...this.installedUsed])];
  }

  /** Whether every character of `text` is in the role's own font (no fallback needed). */
  covers(text: string, role: FontRole): boolean {
    const font = this.fonts.roles[role].font;
    for (const ch of text) if (!hasGlyph(font, ch.codePointAt(0) ?? 0)) return false;
    return true;
  }

  private styleOf(role: FontRole): StyleClass {
    let style = this.styles.get(role);
    if (!style) {
      style = roleStyle(role, this.fonts.roles[role].font);
      this.styles.set(role, style);
    }
    return style;
  }

  /**
   * The fonts after the role's own, in fallback order, each opened only when reached and then
   * kept (a bundled face's getter joins its path and looks up the font cache on every call).
   */
  private fallbacks(role: FontRole): readonly (() => LoadedFont)[] {
    let list = this.lazyChains.get(role);
    if (!list) {
      const roles = FALLBACK_ORDER[role];
      const getters = [...roles.map((r) => () => this.fonts.roles[r].font), () => this.fonts.bundled[role], ...roles.map((r) => () => this.fonts.bundled[r])];
      list = getters.map((get) => {
        let font: LoadedFont | undefined;
        return () => (font ??= get());
      });
      this.lazyChains.set(role, list);
    }
    return list;
  }

  // A bundled role font is a getter that joins its path on every call: read it once per shaper.
  private primaryOf(role: FontRole): LoadedFont {
    let font = this.primaries.get(role);
    if (!font) {
      font = this.fonts.roles[role].font;
      this.primaries.set(role, font);
    }
    return font;
  }

  private choicesOf(role: FontRole): Map<number, LoadedFont> {
    let choices = this.choices.get(role);
    if (!choices) {
      choices = new Map();
      this.choices.set(role, choices);
    }
    return choices;
  }

  private fontFor(cp: number, role: FontRole, origin: Origin | undefined, column: number): LoadedFont {
    // Most characters are in the role's own font: the fallback fonts are not even opened then.
    const primary = this.primaryOf(role);
    if (hasGlyph(primary, cp)) return primary;
    for (const next of this.fallbacks(role)) {
      const font = next();
      if (hasGlyph(font, cp)) return font;
    }
    // Before a box: an installed Chinese, Japanese or Korean face, of the role's style class first
    // (臺灣 in a Song face for the body, 한국 in a Korean name, ㎡).
    const style = this.styleOf(role);
    const installed = installedChoice(this.fonts.installed, style);
    let found = installed.get(cp);
    if (found === undefined) {
      found = null;
      for (const font of this.fonts.installed(style)) {
        if (hasGlyph(font, cp)) {
          found = font;
          break;
        }
      }
      installed.set(cp, found);
    }
    if (found) {
      if (!this.installedUsed.includes(found)) this.installedUsed.push(found);
      return found;
    }
    this.reportMissing(cp, origin ? { ...origin, column } : undefined);
    return primary;
  }

  // One warning per character, for the first MISSING_GLYPH_REPORTS of them; the rest are counted
  // for one summary (reportOmitted), so a file of random text does not bury the other problems.
  private reportMissing(cp: number, origin: Origin | undefined): void {
    if (this.reported.has(cp)) return;
    this.reported.add(cp);
    if (this.reported.size > MISSING_GLYPH_REPORTS) {
      if (this.omitted++ === 0) this.omittedAt = origin;
      return;
    }
    const ch = String.fromCodePoint(cp);
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    const place = { file: origin?.file ?? this.file, line: origin?.line ?? 0, column: origin?.column ?? 0 };
    this.report(diagnostic({ ...place, severity: this.strict ? 'error' : 'warning', rule: 'fonts/missing-glyph' }, m('glyphs.missing', { char: ch, hex }), m('glyphs.missing-hint')));
  }

  /**
   * Reports, as one diagnostic, the characters no font has that were not reported one by one
   * (past the first {@link MISSING_GLYPH_REPORTS}); call once the issue is typeset. Reports nothing
   * when there are none, and nothing the second time.
   */
  reportOmitted(): void {
    if (this.omitted === 0) return;
    const at = this.omittedAt;
    const place = { file: at?.file ?? this.file, line: at?.line ?? 0, column: at?.column ?? 0, severity: this.strict ? ('error' as const) : ('warning' as const), rule: 'fonts/missing-glyph' };
    this.report(diagnostic(place, m('shaper.missing-glyphs-more', { count: this.omitted, limit: MISSING_GLYPH_REPORTS }), m('shaper.missing-glyphs-more-hint')));
    this.omitted = 0;
    this.omittedAt = undefined;
  }

  private metrics(font: LoadedFont, text: string): readonly GlyphMetrics[] {
    const key = `${font.key}\0${text}`;
    const cached = metricsCache.get(key);
    if (cached) return cached;
    let result: GlyphMetrics[] | undefined;
    const chars = [...text];
    if (chars.length === 1 && !FULL_WIDTH_FORMS.test(text)) {
      const id = font.table.glyphId(text.codePointAt(0) ?? 0);
      result = [{ id, advance: font.table.advance(id), text }];
    } else {
      // The table shapes Han runs and the Latin of the bundled faces; fontkit the rest.
      result = font.table.shapeRun(chars);
    }
    if (!result) {
      const features = FULL_WIDTH_FORMS.test(text) ? ['fwid'] : [];
      const run = layoutFresh(font.face, text, features);
      // One glyph per character: the glyph shows that character even when a feature substituted
      // it (fwid turns · into the glyph of ・, whose own cmap entry would be copied as ・).
      const oneToOne = run.glyphs.length === chars.length;
      result = run.glyphs.map((g, i) => ({
        id: g.id,
        advance: run.positions[i]?.xAdvance ?? g.advanceWidth,
        text: oneToOne ? (chars[i] ?? '') : String.fromCodePoint(...g.codePoints),
      }));
    }
    keepRecent(metricsCache, key, result, KEPT_SHAPINGS);
    return result;
  }

  shape(text: string, style: TextStyle, origin: Origin | undefined): readonly ShapedGlyph[] {
    let byText = this.lastShaped;
    if (style !== this.lastStyle || !byText) {
      const key = `${style.role}\0${style.size}`;
      byText = this.shaped.get(key);
      if (!byText) {
        byText = new Map();
        this.shaped.set(key, byText);
      }
      this.lastStyle = style;
      this.lastShaped = byText;
    }
    let glyphs = byText.get(text);
    if (!glyphs) {
      glyphs = this.shapeAnew(text, style, origin);
      byText.set(text, glyphs);
    }
    return glyphs;
  }

  private shapeAnew(text: string, style: TextStyle, origin: Origin | undefined): readonly ShapedGlyph[] {
    // Split into runs of one font each; a run is shaped as a whole so kerning and ligatures apply.
    const runs: { font: LoadedFont; text: string }[] = [];
    const choices = this.choicesOf(style.role);
    let column = origin?.column ?? 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      let font = choices.get(cp);
      if (!font) {
        font = this.fontFor(cp, style.role, origin, column);
        choices.set(cp, font);
      }
      const last = runs.at(-1);
      if (last && last.font === font) last.text += ch;
      else runs.push({ font, text: ch });
      column += ch.length;
    }
    const glyphs: ShapedGlyph[] = [];
    for (const run of runs) {
      this.fontsByKey.set(run.font.key, run.font);
      const scale = style.size / run.font.unitsPerEm;
      for (const g of this.metrics(run.font, run.text)) glyphs.push({ id: g.id, advance: g.advance * scale, text: g.text, font: run.font.key });
    }
    return glyphs;
  }
}
