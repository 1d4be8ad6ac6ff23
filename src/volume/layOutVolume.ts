import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FontShaper } from '../fonts/fontShaper.js';
import type { IssueMeta } from '../model/document.js';
import type { Template } from '../template/template.js';
import { fillPattern } from '../template/pattern.js';
import { DEFAULT_ISSUE_LINE, formatDate, issueLine, patternValues, type Frame } from '../typeset/masthead.js';
import type { Page } from '../typeset/types.js';
import { setVolumeContents, type VolumeContentsIssue } from '../typeset/volume/volumeContents.js';
import { setVolumeCover } from '../typeset/volume/volumeCover.js';
import { roman, setVolumeFoot } from '../typeset/volume/volumeFoot.js';
import type { BoundIssue } from './renderVolume.js';
import type { SetIssue } from './typesetVolumeIssues.js';
import { volumeContentsOf } from './volumeContentsOf.js';

/** A volume's pages as they will be painted. */
export interface VolumeLayout {
  readonly cover: Page;
  readonly contents: readonly Page[];
  readonly issues: readonly BoundIssue[];
  /** The volume page each issue starts on (the front matter not counted). */
  readonly firstPages: readonly number[];
  /** Warnings about what the cover left out. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * An issue as a volume of its year names it: the template's issue line without a leading
 * `{year}年`, which the cover says once (`第4期（总第9期）` in jinqiao; `〔2014〕6号` stays whole).
 */
export function issueTitle(meta: IssueMeta, template: Template): string {
  const part = template.masthead.parts.find((p) => p.kind === 'issueLine');
  return fillPattern((part?.pattern ?? DEFAULT_ISSUE_LINE).replace(/^\{year\}年/, ''), patternValues(meta));
}

/** `第1期至第8期（总第1期至第8期）`: the issues a volume binds. */
export function rangeText(first: IssueMeta, last: IssueMeta): string {
  const serials = first.serial && last.serial ? `（总第${first.serial}期${first === last ? '' : `至第${last.serial}期`}）` : '';
  return first === last ? `第${first.issue}期${serials}` : `第${first.issue}期至第${last.issue}期${serials}`;
}

/**
 * Lays out a volume (docs/layout.md A.7): the issues' pages numbered 1 … N after the front matter,
 * so the contents' numbers do not depend on its own length; then the cover, the contents, and
 * the feet of every page in the first issue's fonts.
 *
 * @param issues The issues set, in order (at least one).
 */
export function layOutVolume(issues: readonly SetIssue[], shaper: FontShaper, template: Template): VolumeLayout {
  const g = template.grid;
  const frame: Frame = { left: template.page.marginLeft, top: template.page.marginTop, width: g.chars * g.size, pitch: g.pitch };
  const first = issues[0] as SetIssue;
  const last = issues.at(-1) as SetIssue;

  const firstPages: number[] = [];
  let offset = 0;
  const listed: VolumeContentsIssue[] = issues.map(({ meta, typeset }) => {
    firstPages.push(offset + 1);
    const entry = { title: issueTitle(meta, template), date: formatDate(meta, template), page: offset + 1, entries: volumeContentsOf(typeset.bookmarks, offset) };
    offset += typeset.pages.length;
    return entry;
  });

  const { page: cover, cut } = setVolumeCover({ title: first.meta.title, year: first.meta.year, range: rangeText(first.meta, last.meta), sponsors: first.meta.sponsors }, template, shaper, frame);
  const diagnostics = cut.map((field) => {
    // Said once, at the first issue's field (its masthead has warned of its own cut already).
    const at = (field === 'title' ? first.places?.title : first.places?.sponsors?.[0]) ?? { file: first.file, line: 1, column: 1 };
    return diagnostic({ ...at, severity: 'warning', rule: 'limits/volume-cover' }, m('volume.cover-cut', { field }), m('volume.cover-cut-hint'));
  });
  // Physical page 1 is the cover, a right-hand page; the contents' pages are II, III, …
  const contents = setVolumeContents(listed, template, shaper, frame).map((p, i) => ({
    ...p,
    items: [...p.items, ...setVolumeFoot(roman(i + 2), undefined, i % 2 === 1, template, shaper, frame)],
  }));
  const front = 1 + contents.length;
  const bound: BoundIssue[] = issues.map(({ meta, typeset }, n) => ({
    title: `${issueTitle(meta, template)}\u3000${formatDate(meta, template)}`,
    bookmarks: typeset.bookmarks,
    pages: typeset.pages.map((p) => {
      const page = (firstPages[n] ?? 1) + p.number - 1;
      const note = { issue: issueLine(meta, template), page: p.number };
      return { ...p, items: [...p.items, ...setVolumeFoot(page, note, (front + page) % 2 === 1, template, shaper, frame)] };
    }),
  }));
  return { cover, contents, issues: bound, firstPages, diagnostics };
}
