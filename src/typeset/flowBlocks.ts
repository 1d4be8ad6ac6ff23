import { diagnostic, m } from '../diagnostics/diagnostic.js';
import type { Block, Heading, Inline } from '../model/document.js';
import type { Template } from '../template/template.js';
import { shaperNoteMarks } from './noteMarks.js';
import { inlinePieces, inlineText, originOf, type InlineStyles } from './inlines.js';
import { figureBlock } from './figureBlock.js';
import type { SegmentOptions, TextPiece } from './segment.js';
import { setParagraph, type LaidLine, type NoteBox, type ParagraphFrame } from './setParagraph.js';
import { structNode } from './structTags.js';
import { tableBlock } from './tableBlock.js';
import type { Shaper, StructNode, StructPath, StructRole, TextStyle } from './types.js';

/** A block ready to be placed on pages: its lines and how it may be split. */
export interface FlowBlock {
  readonly lines: readonly LaidLine[];
  /** Blank grid lines before the block (dropped at the top of a page) and after it. */
  readonly spaceBefore: number;
  readonly spaceAfter: number;
  /** Headings keep with the first two lines of what follows (docs/layout.md B.5). */
  readonly keepWithNext: boolean;
  /** Paragraphs may split across pages, leaving no single line behind or ahead (widow/orphan). */
  readonly splittable: boolean;
  readonly bookmark?: { readonly title: string; readonly level: number };
  /** A figure: never split; when it does not fit, the text after it fills the page first. */
  readonly float?: boolean;
  /** A table: splits between any rows, and `header` opens every page it continues on. */
  readonly rows?: boolean;
  readonly header?: LaidLine;
  /** An article under `break: page` starts a new page. */
  readonly pageBreakBefore?: boolean;
}

interface Context {
  readonly template: Template;
  readonly shaper: Shaper;
  readonly segment: SegmentOptions;
  readonly notesFor: (numbers: readonly number[]) => NoteBox[];
  readonly width: number;
  readonly em: number;
  /** A structure node with a key of its own among the body's blocks. */
  readonly node: (role: StructRole, alt?: string) => StructNode;
}

/** The block with every line under the structure path (the repeated table header stays an artifact). */
function tagged(block: FlowBlock, path: StructPath): FlowBlock {
  return { ...block, lines: block.lines.map((l) => ({ ...l, struct: path })) };
}

const HEADINGS: Record<Heading['level'], StructRole> = { 1: 'H1', 2: 'H2', 3: 'H3', 4: 'H4' };

function styleOf(t: Template, role: TextStyle['role'], size = t.body.size, colour = 'black'): TextStyle {
  return { role, size, colour };
}

function inlineStyles(t: Template, base: TextStyle, shaper: Shaper): InlineStyles {
  return {
    base,
    noteMark: shaperNoteMarks(shaper),
    strong: { ...base, role: t.strong.role, bold: false },
    emphasis: { ...base, role: t.emphasis.role, bold: false },
    code: { ...base, role: t.code.role, bold: false },
  };
}

function paragraphFrame(ctx: Context, left: number, right: number, firstIndent: number, align: ParagraphFrame['align'] = 'justify'): ParagraphFrame {
  return { width: ctx.width - left - right, left, firstIndent, align, pitch: ctx.template.grid.pitch };
}

function paragraphBlock(ctx: Context, inlines: readonly Inline[], base: TextStyle, frame: ParagraphFrame): FlowBlock {
  const lines = setParagraph(inlinePieces(inlines, inlineStyles(ctx.template, base, ctx.shaper)), ctx.shaper, frame, ctx.segment);
  return { lines, spaceBefore: 0, spaceAfter: 0, keepWithNext: false, splittable: true };
}

function headingBlock(ctx: Context, h: Heading): FlowBlock {
  const spec = ctx.template.headings[String(h.level) as '1' | '2' | '3' | '4'];
  const style: TextStyle = { ...styleOf(ctx.template, spec.role, spec.size, spec.colour), ...(spec.bold ? { bold: true } : {}) };
  const inlines: readonly Inline[] = h.autoNumber ? [{ kind: 'text', value: h.autoNumber, span: h.span }, ...h.children] : h.children;
  const centred = spec.align === 'center';
  const frame = paragraphFrame(ctx, 0, 0, centred ? 0 : (spec.indent ?? 0) * ctx.em, centred ? 'center' : 'justify');
  const pieces = inlinePieces(inlines, { base: style, strong: style, emphasis: style, noteMark: shaperNoteMarks(ctx.shaper) });
  return {
    lines: setParagraph(pieces, ctx.shaper, frame, ctx.segment),
    spaceBefore: spec.spaceBefore ?? 0,
    spaceAfter: spec.spaceAfter ?? 0,
    keepWithNext: true,
    splittable: false,
    bookmark: { title: inlineText(inlines), level: h.level },
  };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * docs/layout.md A.3: list markers by level, 1. / （1） / ① for ordered lists; unordered items take the
 * bullet • rather than the 间隔号 ·, which may never start a line and so reads as a 禁则 break.
 */
export function listMarker(ordered: boolean, depth: number, n: number): string {
  if (!ordered) return '•';
  if (depth === 0) return `${n}.`;
  if (depth === 1) return `（${n}）`;
  return CIRCLED[n - 1] ?? `${n}.`;
}

function blocksOf(ctx: Context, block: Block, left: number, right: number, depth: number, out: FlowBlock[], path: StructPath): void {
  const t = ctx.template;
  const em = ctx.em;
  switch (block.kind) {
    case 'paragraph':
      out.push(tagged(paragraphBlock(ctx, block.children, styleOf(t, t.body.role, t.body.size, t.body.colour), paragraphFrame(ctx, left, right, t.body.indent * em)), [...path, ctx.node('P')]));
      return;
    case 'heading':
      out.push(tagged(headingBlock(ctx, block), [...path, ctx.node(HEADINGS[block.level])]));
      return;
    case 'editorsNote': {
      const indent = t.editorsNote.indent * em;
      const base = styleOf(t, t.editorsNote.role, t.body.size, t.editorsNote.colour);
      const styles: InlineStyles = { base, strong: styleOf(t, t.editorsNote.labelRole, t.body.size, t.editorsNote.colour), emphasis: base, noteMark: shaperNoteMarks(ctx.shaper) };
      const note = [...path, ctx.node('Div')];
      block.paragraphs.forEach((p, i) => {
        const lines = setParagraph(inlinePieces(p.children, styles), ctx.shaper, paragraphFrame(ctx, left + indent, right + indent, t.body.indent * em), ctx.segment);
        const last = i === block.paragraphs.length - 1;
        out.push(tagged({ lines, spaceBefore: 0, spaceAfter: last ? t.editorsNote.spaceAfter : 0, keepWithNext: false, splittable: true }, [...note, ctx.node('P')]));
      });
      return;
    }
    case 'quote': {
      const indent = t.quote.indent * em;
      const quote = [...path, ctx.node('BlockQuote')];
      for (const child of block.children) {
        if (child.kind === 'paragraph') {
          const frame = paragraphFrame(ctx, left + indent, right + indent, t.body.indent * em);
          out.push(tagged(paragraphBlock(ctx, child.children, styleOf(t, t.quote.role, t.body.size, t.quote.colour), frame), [...quote, ctx.node('P')]));
        } else blocksOf(ctx, child, left + indent, right + indent, depth, out, quote);
      }
      return;
    }
    case 'list': {
      const base = styleOf(t, t.body.role, t.body.size, t.body.colour);
      const list = ctx.node('L');
      block.items.forEach((item, i) => {
        const li = structNode('LI', String(i));
        const body = [...path, list, li, structNode('LBody', 'b')];
        const marker = listMarker(block.ordered, depth, block.start + i);
        const markerPiece: TextPiece = { text: marker, style: base, origin: originOf(block.span) };
        const markerWidth = ctx.shaper.shape(marker, base, undefined).reduce((s, g) => s + g.advance, 0);
        // The text hangs after the marker and at least half an em of space.
        const hang = Math.ceil((markerWidth + em / 2) / (em / 2)) * (em / 2);
        item.forEach((child, k) => {
          if (child.kind === 'paragraph' && k === 0) {
            const pieces = inlinePieces(child.children, inlineStyles(t, base, ctx.shaper));
            // An en space, not a typed space: it is part of the marker, never a gap to warn about.
            const first = [{ ...markerPiece, text: `${marker}\u2002` }, ...(pieces[0] ?? [])];
            const frame: ParagraphFrame = { ...paragraphFrame(ctx, left + t.body.indent * em, right, 0), hangIndent: hang };
            const lines = setParagraph([first, ...pieces.slice(1)], ctx.shaper, frame, ctx.segment);
            const block = tagged({ lines, spaceBefore: 0, spaceAfter: 0, keepWithNext: false, splittable: true }, [...body, ctx.node('P')]);
            // The marker is the item's label (Lbl), read before its body.
            const [firstLine, ...rest] = block.lines;
            const label = { text: first[0]?.text ?? '', struct: [...path, list, li, structNode('Lbl', 'l')] };
            out.push(firstLine ? { ...block, lines: [{ ...firstLine, label }, ...rest] } : block);
          } else blocksOf(ctx, child, left + t.body.indent * em + hang - t.body.indent * em, right, depth + 1, out, body);
        });
      });
      return;
    }
    case 'codeBlock': {
      // Code keeps its lines and spaces: each source line is one line, set flush left in mono.
      const base = styleOf(t, t.code.role, t.table.size);
      // Spaces become figure spaces (U+2007): in a monospace face as wide as any character, and
      // never collapsed or dropped at a line start like a word space, so indentation survives.
      const lines = block.value.split('\n').flatMap((text, i) => {
        const origin = { file: block.span.file, line: block.span.start.line + 1 + i, column: 1 };
        const frame = paragraphFrame(ctx, left + t.body.indent * em, right, 0, 'left');
        return text.trim() === '' ? [blankLine(t)] : setParagraph([[{ text: text.replace(/ /g, '\u2007'), style: base, origin }]], ctx.shaper, frame);
      });
      out.push(tagged({ lines, spaceBefore: 0, spaceAfter: 0, keepWithNext: false, splittable: true }, [...path, ctx.node('P'), structNode('Code', 'c')]));
      return;
    }
    case 'thematicBreak': {
      // A short centred rule on a grid line of its own (issue 6).
      const tb = t.thematicBreak;
      const art = [{ kind: 'rule' as const, x: (ctx.width - tb.width) / 2, y: t.grid.pitch / 2, width: tb.width, thickness: tb.rule, colour: 'black' as const }];
      const line = { runs: [], text: '', size: t.body.size, extent: 0, justified: false, letters: 0, links: [], notes: [] };
      out.push({ lines: [{ line, x: 0, span: 1, last: true, art }], spaceBefore: 0, spaceAfter: 0, keepWithNext: false, splittable: false });
      return;
    }
    case 'figure': {
      const figure = figureBlock(block, t, ctx.shaper);
      const span = figure.lines.reduce((n, l) => n + l.span, 0);
      // A figure is never split: with a caption too long for the page, its end would be lost.
      if (span > t.grid.lines && ctx.segment.report) {
        const at = { file: block.span.file, ...block.span.start, severity: 'error' as const, rule: 'limits/figure-too-tall' };
        ctx.segment.report(diagnostic(at, m('linear.figure-too-tall', { lines: span, fit: t.grid.lines }), m('linear.figure-too-tall-hint')));
      }
      out.push(tagged(figure, [...path, ctx.node('Div')]));
      return;
    }
    case 'table':
      out.push(tagged(tableBlock(block, t, ctx.shaper, ctx.notesFor, ctx.segment), [...path, ctx.node('Table')]));
      return;
  }
}

function blankLine(t: Template): LaidLine {
  return { line: { runs: [], text: '', size: t.body.size, extent: 0, justified: false, letters: 0, links: [], notes: [] }, x: 0, span: 1, last: true };
}

/** Attaches to each line the footnotes it calls, so that they go to the foot of its page. */
function withNotes(block: FlowBlock, notesFor: Context['notesFor']): FlowBlock {
  if (!block.lines.some((l) => l.line.notes.length > 0)) return block;
  return {
    ...block,
    lines: block.lines.map((l) => {
      const notes = notesFor(l.line.notes);
      return notes.length > 0 ? { ...l, notes } : l;
    }),
  };
}

export interface FlowOptions {
  readonly segment?: SegmentOptions;
  /** The footnotes, set for the foot of a page, by number. */
  readonly notes?: ReadonlyMap<number, NoteBox>;
  /** `break: page`: every article after the first opens a page. */
  readonly articleBreak?: boolean;
}

/** Sets every block of the body into flow blocks, in order. */
export function flowBlocks(blocks: readonly Block[], template: Template, shaper: Shaper, options: FlowOptions = {}): FlowBlock[] {
  const notes = options.notes ?? new Map<number, NoteBox>();
  const notesFor = (numbers: readonly number[]): NoteBox[] => numbers.flatMap((n) => notes.get(n) ?? []);
  let keys = 0;
  const node = (role: StructRole, alt?: string): StructNode => structNode(role, `b${keys++}`, alt);
  const ctx: Context = { template, shaper, segment: options.segment ?? {}, notesFor, width: template.grid.chars * template.grid.size, em: template.grid.size, node };
  const out: FlowBlock[] = [];
  let articles = 0;
  for (const block of blocks) {
    const before = out.length;
    blocksOf(ctx, block, 0, 0, 0, out, []);
    if (block.kind === 'heading' && block.level === 1 && articles++ > 0 && options.articleBreak && out[before]) {
      out[before] = { ...out[before], pageBreakBefore: true };
    }
  }
  return out.map((b) => withNotes(b, notesFor));
}
