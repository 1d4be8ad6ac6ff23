import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FontRole, Origin, ShapedGlyph, Shaper, TextStyle } from '../typeset/types.js';
import { advanceWidth } from './advanceWidth.js';
import { FALLBACK_ORDER } from './fontCandidates.js';
import type { LoadedFont } from './loadFont.js';
import type { StyleClass } from './readFaceNames.js';
import { roleStyle, type FontSet } from './resolveFonts.js';

// Noto CJK SC sets — and · proportionally; Chinese text wants them on the 1 em grid, which the
// fonts give under `fwid` (and —— becomes one 2 em glyph, so it can never split).
export const FULL_WIDTH_FORMS = /[—·⸺]/u;

interface GlyphMetrics {
  readonly id: number;
  /** Advance in font units. */
  readonly advance: number;
  readonly text: string;
}

/**
 * The real shaper: fontkit metrics for each role's font, a per-character fallback through the
 * other fonts (same style class first, then the bundled faces), and one warning per character
 * that no font has (docs/layout.md D.2). Shaped runs are cached per font, so a rebuild shapes nothing twice.
 */
// Shaped text per font, shared by every build of the process (fonts are process-wide too).
const metricsCache = new Map<string, readonly GlyphMetrics[]>();

export class FontShaper implements Shaper {
  private readonly chains = new Map<FontRole, readonly LoadedFont[]>();
  private readonly lazyChains = new Map<FontRole, readonly (() => LoadedFont)[]>();
  private readonly reported = new Set<string>();
  private readonly styles = new Map<FontRole, StyleClass>();
  /** Installed faces a character was taken from, in the order first used: they end every chain. */
  private readonly installedUsed: LoadedFont[] = [];
  /** The font chosen for each code point, per role. */
  private readonly chosen = new Map<FontRole, Map<number, LoadedFont>>();
  /** Every font a glyph was taken from, by key: what the renderer embeds. */
  readonly fontsByKey = new Map<string, LoadedFont>();

  constructor(
    private readonly fonts: FontSet,
    private readonly report: (d: Diagnostic) => void,
    private readonly strict = false,
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
    const face = this.fonts.roles[role].font.face;
    return [...text].every((ch) => face.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
  }

  private styleOf(role: FontRole): StyleClass {
    let style = this.styles.get(role);
    if (!style) {
      style = roleStyle(role, this.fonts.roles[role].font);
      this.styles.set(role, style);
    }
    return style;
  }

  /** The fonts after the role's own, in fallback order, each opened only when reached. */
  private fallbacks(role: FontRole): readonly (() => LoadedFont)[] {
    let list = this.lazyChains.get(role);
    if (!list) {
      const roles = FALLBACK_ORDER[role];
      list = [...roles.map((r) => () => this.fonts.roles[r].font), () => this.fonts.bundled[role], ...roles.map((r) => () => this.fonts.bundled[r])];
      this.lazyChains.set(role, list);
    }
    return list;
  }

  private fontFor(cp: number, role: FontRole, ch: string, origin: Origin | undefined, column: number): LoadedFont {
    // The same few thousand characters come back again and again: decide each once per role.
    let chosen = this.chosen.get(role);
    if (!chosen) this.chosen.set(role, (chosen = new Map()));
    const known = chosen.get(cp);
    if (known) return known;
    const font = this.findFont(cp, role, ch, origin, column);
    chosen.set(cp, font);
    return font;
  }

  private findFont(cp: number, role: FontRole, ch: string, origin: Origin | undefined, column: number): LoadedFont {
    // Most characters are in the role's own font: the fallback fonts are not even opened then.
    const primary = this.fonts.roles[role].font;
    if (primary.face.hasGlyphForCodePoint(cp)) return primary;
    for (const next of this.fallbacks(role)) {
      const font = next();
      if (font.face.hasGlyphForCodePoint(cp)) return font;
    }
    // Before a box: an installed Chinese, Japanese or Korean face, of the role's style class first
    // (臺灣 in a Song face for the body, 한국 in a Korean name, ㎡).
    for (const font of this.fonts.installed(this.styleOf(role))) {
      if (font.face.hasGlyphForCodePoint(cp)) {
        if (!this.installedUsed.includes(font)) this.installedUsed.push(font);
        return font;
      }
    }
    const key = `${ch}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      this.report({
        file: origin?.file ?? '',
        line: origin?.line ?? 0,
        column: origin ? column : 0,
        severity: this.strict ? 'error' : 'warning',
        rule: 'fonts/missing-glyph',
        message: `no font has the character "${ch}" (U+${hex}); it prints as an empty box`,
        hint: 'install a font that covers it and name it in `fonts:` or with --font-path, or write another character',
      });
    }
    return primary;
  }

  private metrics(font: LoadedFont, text: string): readonly GlyphMetrics[] {
    const key = `${font.key}\0${text}`;
    const cached = metricsCache.get(key);
    if (cached) return cached;
    let result: GlyphMetrics[];
    const single = [...text].length === 1;
    if (single && !FULL_WIDTH_FORMS.test(text)) {
      const g = font.face.glyphForCodePoint(text.codePointAt(0) ?? 0);
      result = [{ id: g.id, advance: advanceWidth(font.face, g.id), text }];
    } else {
      const features = FULL_WIDTH_FORMS.test(text) ? ['fwid'] : [];
      const run = font.face.layout(text, features);
      const chars = [...text];
      // One glyph per character: the glyph shows that character even when a feature substituted
      // it (fwid turns · into the glyph of ・, whose own cmap entry would be copied as ・).
      const oneToOne = run.glyphs.length === chars.length;
      result = run.glyphs.map((g, i) => ({
        id: g.id,
        advance: run.positions[i]?.xAdvance ?? g.advanceWidth,
        text: oneToOne ? (chars[i] ?? '') : String.fromCodePoint(...g.codePoints),
      }));
    }
    metricsCache.set(key, result);
    return result;
  }

  shape(text: string, style: TextStyle, origin: Origin | undefined): readonly ShapedGlyph[] {
    // Split into runs of one font each; a run is shaped as a whole so kerning and ligatures apply.
    const runs: { font: LoadedFont; text: string }[] = [];
    let column = origin?.column ?? 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      const font = this.fontFor(cp, style.role, ch, origin, column);
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
