import type { Root } from 'mdast';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Block, Footnote } from '../model/document.js';
import { collectFootnoteDefinitions } from './collectFootnoteDefinitions.js';
import { collectFootnotes } from './collectFootnotes.js';
import { convertBlocks } from './convertBlocks.js';
import type { ConvertContext } from './convertContext.js';
import type { FigureProbes } from './probeFigures.js';
import { promoteEditorsNote } from './promoteEditorsNote.js';
import { trimAutolinkLiterals } from './trimAutolinkLiterals.js';

/** What {@link convertBody} needs besides the tree. */
export interface BodyInput {
  /** Absolute path of the issue, for spans and diagnostics. */
  readonly file: string;
  /** The Markdown source the tree was parsed from. */
  readonly source: string;
  /** Link reference definitions, by normalised identifier ({@link collectDefinitions}). */
  readonly definitions: ReadonlyMap<string, string>;
  /** The checked file of every figure image ({@link probeFigures}). */
  readonly figures: FigureProbes;
  /** Words that open the editor's note (the template's `editorsNote.labels`; default 编者按, 按语). */
  readonly editorsNoteLabels?: readonly string[];
}

/** The outcome of {@link convertBody}. */
export interface ConvertedBody {
  readonly blocks: Block[];
  readonly footnotes: Footnote[];
  /** In the order found; the caller sorts. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Convert the body of an issue (mdast) to model blocks and footnotes: bare URLs trimmed to
 * their URL, blocks converted in source order (which numbers the footnotes), the editor's note
 * promoted, then the called notes converted. Synchronous: files were checked beforehand.
 *
 * @param tree The mdast root; bare URLs in it are trimmed in place.
 * @param input The file, its source, link definitions and figure checks.
 * @returns The blocks, the footnotes and the diagnostics.
 */
export function convertBody(tree: Root, input: BodyInput): ConvertedBody {
  const lines = input.source.split(/\r\n|\r|\n/);
  trimAutolinkLiterals(tree, lines);
  const footnotes = collectFootnoteDefinitions(tree, input.file);
  const diagnostics: Diagnostic[] = [...footnotes.diagnostics];
  const ctx: ConvertContext = {
    file: input.file,
    lines,
    definitions: input.definitions,
    figures: input.figures,
    footnoteDefinitions: footnotes.definitions,
    footnoteNumbers: new Map(),
    diagnostics,
  };
  const blocks = promoteEditorsNote(convertBlocks(tree.children, ctx), ctx, input.editorsNoteLabels);
  return { blocks, footnotes: collectFootnotes(ctx), diagnostics };
}
