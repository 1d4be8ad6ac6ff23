import { classify } from '../../src/typeset/charClass.js';
import type { Shaper, ShapedGlyph, TextStyle } from '../../src/typeset/types.js';
import { segmentParagraph, type Segmented } from '../../src/typeset/segment.js';
import { breakLines } from '../../src/typeset/breakLines.js';
import { setLine, type SetLine } from '../../src/typeset/justify.js';

/** 1 em per Han character and full-width mark, ½ em per Latin character: no font needed. */
export const fakeShaper: Shaper = {
  shape(text: string, style: TextStyle): readonly ShapedGlyph[] {
    return [...text].map((ch) => {
      const wide = classify(ch) !== 'latin' && classify(ch) !== 'space';
      return { id: ch.codePointAt(0) ?? 0, advance: (wide ? 1 : 0.5) * style.size, text: ch, font: 'fake' };
    });
  },
};

export const EM = 10;
export const style: TextStyle = { role: 'body', size: EM, colour: 'black' };

export function segment(text: string, maxWidth = 10 * EM): Segmented {
  return segmentParagraph([{ text, style }], fakeShaper, maxWidth);
}

/** Breaks and sets a paragraph on lines of `chars` em, returning each line's text and glyph boxes. */
export function set(text: string, chars: number, indent = 0): { text: string; line: SetLine; right: number; left: number }[] {
  const seg = segment(text, chars * EM);
  const width = chars * EM;
  const spans = breakLines(seg, { first: width - indent * EM, rest: width });
  return spans.map((span, i) => {
    const line = setLine(seg, span, i === 0 ? width - indent * EM : width, 'justify', i === spans.length - 1);
    const glyphs = line.runs.flatMap((r) => r.glyphs);
    const last = glyphs.at(-1);
    const first = glyphs[0];
    const lastCls = last ? classify(last.text[0] ?? '') : 'han';
    // The ink box of the last glyph: marks at the line end are half-width (ink in the left half).
    const lastWidth = last ? ([...last.text].length > 1 ? 2 : 1) * (lastCls === 'latin' ? 0.5 : 1) * EM : 0;
    const right = last ? last.x + (['close', 'pause', 'stop'].includes(lastCls) ? EM / 2 : lastWidth) : 0;
    const firstCls = first ? classify(first.text[0] ?? '') : 'han';
    const left = first ? first.x + (firstCls === 'open' ? EM / 2 : 0) : 0;
    return { text: line.text, line, right, left };
  });
}
