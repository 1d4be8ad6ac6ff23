import type { Image, ImageReference, Text } from 'mdast';
import { diagnostic } from '../diagnostics/diagnostic.js';
import type { Figure } from '../model/document.js';
import type { ConvertContext } from './convertContext.js';
import { spanOf } from './sourceSpan.js';
import { splitText } from './splitText.js';

/**
 * Turn an image that stands alone in its paragraph into a `figure` block, its alt text the
 * caption. A file that failed its check (missing, outside, not JPEG/PNG…) is an error at the
 * image, and the figure is left out.
 *
 * @param image The image node (its file was checked by {@link probeFigures}).
 * @param ctx The file, its lines, the image checks and the diagnostics list.
 * @returns The figure, or nothing when its file is unusable.
 */
export function convertFigure(image: Image | ImageReference, ctx: ConvertContext): Figure[] {
  const span = spanOf(image, ctx.file);
  const probe = ctx.figures.get(image);
  if (probe === undefined) throw new Error(`bug: the image at line ${span.start.line} was not checked before converting`);
  if (probe.kind === 'problem') {
    ctx.diagnostics.push(
      diagnostic({ file: ctx.file, line: span.start.line, column: span.start.column, severity: 'error', rule: probe.rule }, probe.message, probe.hint),
    );
    return [];
  }
  const { src, format, width, height } = probe;
  return [{ kind: 'figure', src, format, width, height, caption: caption(image, ctx), span }];
}

/**
 * The alt text as text inlines. The parser gives alt text as plain text (markup dropped), so
 * it is placed after the `![` and split at soft breaks like any text; with escapes or markup
 * inside, columns past the first line are estimates.
 */
function caption(image: Image | ImageReference, ctx: ConvertContext): Figure['caption'] {
  const alt = image.alt ?? '';
  const start = image.position?.start;
  if (alt.trim() === '' || start === undefined) return [];
  const lines = alt.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1] ?? '';
  const endLine = start.line + lines.length - 1;
  const endColumn = lines.length === 1 ? start.column + 2 + alt.length : (ctx.lines[endLine - 1] ?? '').indexOf(last) + 1 + last.length;
  const text: Text = {
    type: 'text',
    value: alt,
    position: { start: { line: start.line, column: start.column + 2 }, end: { line: endLine, column: endColumn } },
  };
  return splitText(text, { before: '', after: '' }, ctx);
}
