import type { Template } from '../../template/template.js';
import { leaders } from '../contentsBlock.js';
import type { FlowBlock } from '../flowBlocks.js';
import { baselineOf, placeLine, type Frame } from '../masthead.js';
import { paginate } from '../paginate.js';
import { setParagraph, setSingleLine, type LaidLine } from '../setParagraph.js';
import type { Page, PageItem, Shaper, TextStyle } from '../types.js';

/** One line of a volume's contents: a title and the volume page it starts on (0 before they are known). */
export interface VolumeContentsEntry {
  readonly title: string;
  readonly page: number;
}

/** An issue in a volume's contents: its heading line, and its articles or sections. */
export interface VolumeContentsIssue extends VolumeContentsEntry {
  /** Shown after the title in the issue's line, e.g. the date 2014年2月5日. */
  readonly date: string;
  readonly entries: readonly VolumeContentsEntry[];
}

/** The contents' heading: the two characters spaced by an ideographic space, as books set it. */
export const CONTENTS_TITLE = '目\u3000录';

/**
 * A contents line: the title from `left` (broken over lines when long, every line short of the
 * page-number column), dot leaders, and the page number flush right.
 */
function entryLines(title: string, page: number, style: TextStyle, left: number, template: Template, shaper: Shaper): LaidLine[] {
  const { pitch, chars, size } = template.grid;
  const width = chars * size;
  const numberWidth = 3 * size;
  const lines = setParagraph([[{ text: title, style }]], shaper, { width: width - left - numberWidth - size, left, firstIndent: 0, align: 'justify', pitch });
  const last = lines.at(-1);
  if (!last) return lines;
  const label = page > 0 ? String(page) : '';
  const number = setSingleLine([{ text: label, style }], shaper, numberWidth, 'right');
  const start = last.line.extent;
  const runs = [
    ...last.line.runs,
    ...leaders(shaper, { ...style, role: 'body' }, last.x + start, width - numberWidth).map((r) => ({ ...r, glyphs: r.glyphs.map((g) => ({ ...g, x: g.x - last.x })) })),
    ...number.runs.map((r) => ({ ...r, glyphs: r.glyphs.map((g) => ({ ...g, x: g.x + width - numberWidth - last.x })) })),
  ];
  return [...lines.slice(0, -1), { ...last, line: { ...last.line, runs, text: `${last.line.text}${label}` } }];
}

/** The contents as blocks to flow: the heading, then each issue's line kept with its first entries. */
function contentsBlocks(issues: readonly VolumeContentsIssue[], template: Template, shaper: Shaper): FlowBlock[] {
  const size = template.grid.size;
  const heading = template.headings['1'];
  const titleStyle: TextStyle = { role: heading.role, size: heading.size, colour: heading.colour ?? 'black' };
  const title = setParagraph([[{ text: CONTENTS_TITLE, style: titleStyle }]], shaper, {
    width: template.grid.chars * size,
    left: 0,
    firstIndent: 0,
    align: 'center',
    pitch: template.grid.pitch,
  });
  const blocks: FlowBlock[] = [{ lines: title, spaceBefore: 0, spaceAfter: 1, keepWithNext: true, splittable: false }];
  const issueStyle: TextStyle = { role: template.contents.role, size: template.contents.size, colour: template.contents.colour ?? 'black' };
  const entryStyle: TextStyle = { role: template.contents.entryRole, size: template.contents.size, colour: template.body.colour ?? 'black' };
  issues.forEach((issue, i) => {
    blocks.push({
      lines: entryLines(`${issue.title}\u3000${issue.date}`, issue.page, issueStyle, 0, template, shaper),
      spaceBefore: i === 0 ? 0 : 1,
      spaceAfter: 0,
      keepWithNext: issue.entries.length > 0,
      splittable: false,
    });
    for (const entry of issue.entries) {
      blocks.push({ lines: entryLines(entry.title, entry.page, entryStyle, 2 * size, template, shaper), spaceBefore: 0, spaceAfter: 0, keepWithNext: false, splittable: false });
    }
  });
  return blocks;
}

/**
 * The contents (目录) of a volume (docs/layout.md A.7): 目　录 in the article-title face, then for each issue its line
 * (第N期, the date) in Hei and, indented 2 em, its articles or sections in the body face, each
 * with dot leaders to the volume page it starts on. The pages it takes do not depend on the
 * numbers (their column is fixed), so the contents can be set once with zeros to count its pages.
 *
 * @returns The pages, numbered from 1, without page numbers (the volume adds its own).
 */
export function setVolumeContents(issues: readonly VolumeContentsIssue[], template: Template, shaper: Shaper, frame: Frame): Page[] {
  const flow = paginate(contentsBlocks(issues, template, shaper), { linesPerPage: template.grid.lines, firstPageStart: 0 });
  return flow.pages.map((pf, index) => {
    const items: PageItem[] = [];
    for (const { laid, gridLine } of pf.lines) {
      items.push(...placeLine(laid.line, frame.left + laid.x, baselineOf(frame, gridLine, laid.span, laid.line.size)));
    }
    return { number: index + 1, items, lines: [] };
  });
}
