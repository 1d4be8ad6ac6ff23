import type { Figure } from '../model/document.js';
import type { Template } from '../template/template.js';
import type { FlowBlock } from './flowBlocks.js';
import { shaperNoteMarks } from './noteMarks.js';
import { inlinePieces, inlineText } from './inlines.js';
import { baselineOf, placeLine } from './masthead.js';
import { setParagraph } from './setParagraph.js';
import { structNode, tagItems } from './structTags.js';
import type { PageItem, Shaper, TextStyle } from './types.js';

/**
 * A figure (docs/layout.md A.3): the image scaled to the type-area width and at most half its height,
 * centred, its caption in Kai 五号 centred below; whole grid lines, never split.
 */
export function figureBlock(figure: Figure, template: Template, shaper: Shaper): FlowBlock {
  const { pitch, chars, size, lines } = template.grid;
  const areaWidth = chars * size;
  const maxHeight = lines * pitch * template.figure.maxHeight;
  let width = areaWidth;
  let height = (width * figure.height) / figure.width;
  if (height > maxHeight) {
    height = maxHeight;
    width = (height * figure.width) / figure.height;
  }
  const imageRows = Math.ceil((height + template.figure.gap) / pitch - 1e-9);
  // Tagged PDF: the picture a Figure whose alternate text is the caption, the caption a Caption beside it.
  const alt = inlineText(figure.caption).trim();
  const picture = [structNode('Figure', 'f', alt === '' ? undefined : alt)];
  const art: PageItem[] = [
    { kind: 'image', x: (areaWidth - width) / 2, y: (imageRows * pitch - height) / 2, width, height, src: figure.src, struct: picture },
  ];
  const c = template.figure.caption;
  const style: TextStyle = { role: c.role, size: c.size, colour: c.colour ?? 'black' };
  const caption =
    figure.caption.length > 0
      ? setParagraph(inlinePieces(figure.caption, { base: style, strong: style, emphasis: style, noteMark: shaperNoteMarks(shaper) }), shaper, {
          width: areaWidth,
          left: 0,
          firstIndent: 0,
          align: 'center',
          pitch,
        })
      : [];
  const frame = { left: 0, top: 0, width: areaWidth, pitch };
  const captionPath = [structNode('Caption', 'c')];
  caption.forEach((l, i) => art.push(...tagItems(placeLine(l.line, l.x, baselineOf(frame, imageRows + i, 1, c.size)), captionPath)));
  const span = imageRows + caption.length;
  const line = { runs: [], text: caption.map((l) => l.line.text).join(''), size: c.size, extent: 0, justified: false, letters: 0, links: [], notes: [] };
  return {
    lines: [{ line, x: 0, span, last: true, art }],
    spaceBefore: 0,
    spaceAfter: 0,
    keepWithNext: false,
    splittable: false,
    float: true,
  };
}
