import path from 'node:path';
import { formatDate as isoDate } from '../batch/nextIssue.js';
import { typesetIssue, type BuildOptions } from '../build/buildIssue.js';
import { faultDiagnostic, fileFault } from '../build/fileFault.js';
import { isSourceDateEpoch, MAX_SOURCE_DATE_EPOCH } from '../build/sourceDateEpoch.js';
import { writeAtomic } from '../build/writeAtomic.js';
import { diagnostic, hasErrors, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FontShaper } from '../fonts/fontShaper.js';
import type { LoadedFont } from '../fonts/loadFont.js';
import type { IssueMeta, MetaPlaces } from '../model/document.js';
import { packageVersion } from '../packageRoot.js';
import { getTemplate } from '../template/template.js';
import { formatDate, type Frame } from '../typeset/masthead.js';
import type { TypesetDocument } from '../typeset/types.js';
import { setVolumeContents, CONTENTS_TITLE, type VolumeContentsIssue } from '../typeset/volume/volumeContents.js';
import { setVolumeCover, VOLUME_WORD } from '../typeset/volume/volumeCover.js';
import { roman, setVolumeFoot } from '../typeset/volume/volumeFoot.js';
import { renderVolume, type BoundIssue } from './renderVolume.js';
import { selectVolumeIssues, type VolumeSelection } from './selectVolumeIssues.js';
import { volumeContentsOf } from './volumeContentsOf.js';

/** Options of {@link buildVolume}: which issues, where the PDF goes, and those of every build. */
export interface VolumeOptions extends Omit<BuildOptions, 'outDir' | 'format'>, VolumeSelection {
  /** The PDF to write, relative to `cwd` or absolute (optional, default `volume-YYYY.pdf` in `cwd`). */
  readonly output?: string;
  /** Folder relative paths start from (optional, default `process.cwd()`). */
  readonly cwd?: string;
}

/** An issue bound in a volume. */
export interface VolumeIssue {
  /** Absolute path. */
  readonly file: string;
  readonly year: number;
  readonly issue: number;
  readonly serial?: number;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The volume page its first page is numbered (the cover and contents are front matter, I, II, …). */
  readonly firstPage: number;
  readonly pages: number;
}

export interface VolumeResult {
  /** The year bound; absent when the archive has no issue whose front matter can be read. */
  readonly year?: number;
  /** The PDF written; absent when nothing was. */
  readonly output?: string;
  /** Pages of the PDF: the cover, the contents, and every issue's. */
  readonly pages?: number;
  /** Pages of the front matter: the cover and the contents. */
  readonly frontPages?: number;
  readonly bytes?: number;
  /** The issues selected, in order (first pages known only when the volume was written). */
  readonly issues: readonly VolumeIssue[];
  readonly diagnostics: readonly Diagnostic[];
  /** Archive paths that do not exist, and folders with no issue (usage errors). */
  readonly missing: readonly string[];
  readonly empty: readonly string[];
}

/** `第4期（总第9期）`: an issue as a volume of its year names it. */
function issueTitle(meta: IssueMeta): string {
  return `第${meta.issue}期${meta.serial ? `（总第${meta.serial}期）` : ''}`;
}

/** `第1期至第8期（总第1期至第8期）`: the issues a volume binds. */
function rangeText(first: IssueMeta, last: IssueMeta): string {
  const serials = first.serial && last.serial ? `（总第${first.serial}期${first === last ? '' : `至第${last.serial}期`}）` : '';
  return first === last ? `第${first.issue}期${serials}` : `第${first.issue}期至第${last.issue}期${serials}`;
}

function creationDate(last: IssueMeta, sourceDateEpoch: number | undefined): Date {
  if (sourceDateEpoch === undefined) return new Date(Date.UTC(last.date.year, last.date.month - 1, last.date.day));
  if (!isSourceDateEpoch(sourceDateEpoch)) throw new RangeError(`sourceDateEpoch must be a whole number of seconds from 0 to ${MAX_SOURCE_DATE_EPOCH}, not ${sourceDateEpoch}`);
  return new Date(sourceDateEpoch * 1000);
}

interface SetIssue {
  readonly file: string;
  readonly meta: IssueMeta;
  readonly places?: MetaPlaces;
  readonly typeset: TypesetDocument;
}

/**
 * The most issues one volume binds: more than one a day. Every issue's pages are held until the
 * contents is set (about 150 KB a page), so the bound keeps a volume within a few hundred MB.
 */
export const MAX_VOLUME_ISSUES = 400;

/**
 * Binds a year's issues of an archive into one PDF (合订本): a cover, the contents, then every
 * issue as `build` sets it, its pages numbered through the volume. All is typeset in this
 * process into one PDF document, so each font is embedded once for the whole volume. Problems
 * of any issue come back as its diagnostics (file:line:column) and nothing is written; the PDF
 * is written whole or not at all.
 *
 * @param archive Folders of issues and issue files (see `collectIssues`).
 * @param options The year and range, the output and the build options.
 */
export async function buildVolume(archive: readonly string[], options: VolumeOptions): Promise<VolumeResult> {
  const cwd = options.cwd ?? process.cwd();
  const { output: _output, cwd: _cwd, year: _year, from: _from, to: _to, ...build } = options;
  const selection = await selectVolumeIssues(archive, options, cwd);
  const diagnostics = [...selection.diagnostics];
  const base = { ...(selection.year !== undefined ? { year: selection.year } : {}), missing: selection.missing, empty: selection.empty };
  const listed = (firstPages: readonly number[] = []): VolumeIssue[] =>
    selection.issues.map((i, n) => ({
      file: i.file,
      year: i.meta.year,
      issue: i.meta.issue,
      ...(i.meta.serial !== undefined ? { serial: i.meta.serial } : {}),
      date: isoDate(i.meta.date),
      firstPage: firstPages[n] ?? 0,
      pages: 0,
    }));
  if (selection.issues.length === 0 || selection.missing.length > 0 || selection.empty.length > 0) return { ...base, issues: listed(), diagnostics };

  if (selection.issues.length > MAX_VOLUME_ISSUES) {
    const place = { file: path.resolve(cwd, archive[0] ?? '.'), line: 0, column: 0, severity: 'error' as const, rule: 'limits/volume-issues' };
    return { ...base, issues: listed(), diagnostics: [...diagnostics, diagnostic(place, m('volume.too-many-issues', { count: selection.issues.length, limit: MAX_VOLUME_ISSUES }), m('volume.too-many-issues-hint'))] };
  }

  // Every issue is set before any page is painted: the contents needs their page numbers.
  const set: SetIssue[] = [];
  const fonts = new Map<string, LoadedFont>();
  // The volume's own text (cover, contents, feet) is set in the first issue's fonts.
  let shaper: FontShaper | undefined;
  for (const { file } of selection.issues) {
    const result = await typesetIssue(file, { ...build, ...(options.fontPaths ? { fontPaths: options.fontPaths.map((p) => path.resolve(cwd, p)) } : {}) }, { pageNumbers: false });
    diagnostics.push(...result.diagnostics);
    if (!result.document || !result.typeset || !result.shaper) continue;
    const { meta, metaPlaces } = result.document;
    set.push({ file, meta, ...(metaPlaces ? { places: metaPlaces } : {}), typeset: result.typeset });
    shaper ??= result.shaper;
    for (const [key, font] of result.shaper.fontsByKey) fonts.set(key, font);
  }
  if (hasErrors(diagnostics) || !shaper || set.length !== selection.issues.length) return { ...base, issues: listed(), diagnostics };

  const first = set[0] as SetIssue;
  const output = path.resolve(cwd, options.output ?? `volume-${first.meta.year}.pdf`);
  const last = set.at(-1) as SetIssue;
  const template = getTemplate(first.meta.template);
  const g = template.grid;
  const frame: Frame = { left: template.page.marginLeft, top: template.page.marginTop, width: g.chars * g.size, pitch: g.pitch };

  const firstPages: number[] = [];
  let offset = 0;
  const contentsIssues: VolumeContentsIssue[] = set.map(({ meta, typeset }) => {
    firstPages.push(offset + 1);
    const entry = { title: issueTitle(meta), date: formatDate(meta), page: offset + 1, entries: volumeContentsOf(typeset.bookmarks, offset) };
    offset += typeset.pages.length;
    return entry;
  });
  const { page: cover, cut } = setVolumeCover({ title: first.meta.title, year: first.meta.year, range: rangeText(first.meta, last.meta), sponsors: first.meta.sponsors }, template, shaper, frame);
  for (const field of cut) {
    // Said once, at the first issue's field (its masthead has warned of its own cut already).
    const at = (field === 'title' ? first.places?.title : first.places?.sponsors?.[0]) ?? { file: first.file, line: 1, column: 1 };
    diagnostics.push(diagnostic({ ...at, severity: 'warning', rule: 'limits/volume-cover' }, m('volume.cover-cut', { field }), m('volume.cover-cut-hint')));
  }
  // The issues' pages are numbered from 1 after the front matter, so the contents' numbers do not
  // depend on its own length; the page labels and bookmarks place them after it.
  const contents = setVolumeContents(contentsIssues, template, shaper, frame).map((p, i) => ({
    ...p,
    items: [...p.items, ...setVolumeFoot(roman(i + 2), undefined, i % 2 === 1, template, shaper, frame)],
  }));
  const frontPages = 1 + contents.length;
  const issues: BoundIssue[] = set.map(({ meta, typeset }, n) => ({
    title: `${issueTitle(meta)}\u3000${formatDate(meta)}`,
    bookmarks: typeset.bookmarks,
    pages: typeset.pages.map((p) => {
      const page = (firstPages[n] ?? 1) + p.number - 1;
      const foot = setVolumeFoot(page, { issue: `${meta.year}年第${meta.issue}期`, page: p.number }, (frontPages + page) % 2 === 1, template, shaper, frame);
      return { ...p, items: [...p.items, ...foot] };
    }),
  }));
  // Fonts the volume's own text needed beyond the issues' (the first issue's shaper has them all).
  for (const [key, font] of shaper.fontsByKey) fonts.set(key, font);

  const year = first.meta.year;
  const range = rangeText(first.meta, last.meta);
  const bytes = await renderVolume({
    info: {
      title: `${first.meta.title} ${year}年${VOLUME_WORD}`,
      author: first.meta.sponsors[0] ?? '',
      subject: `${year}年${range}`,
      creator: `bulletin ${packageVersion()}`,
      creationDate: creationDate(last.meta, options.sourceDateEpoch),
    },
    width: template.page.width,
    height: template.page.height,
    fonts,
    colours: template.colours,
    outlineTitle: `${first.meta.title} ${year}年${VOLUME_WORD}`,
    contentsTitle: CONTENTS_TITLE.replace('\u3000', ''),
    cover,
    contents,
    issues,
  });
  try {
    await writeAtomic(output, bytes);
  } catch (error) {
    // A folder that cannot be written or a full disk is the machine's state, not a bug.
    const fault = fileFault(error, output);
    if (fault === undefined) throw error;
    return { ...base, issues: listed(firstPages), diagnostics: [...diagnostics, faultDiagnostic(fault)] };
  }
  const pages = frontPages + offset;
  const withPages = listed(firstPages).map((i, n) => ({ ...i, pages: set[n]?.typeset.pages.length ?? 0 }));
  return { ...base, output, pages, frontPages, bytes: bytes.length, issues: withPages, diagnostics };
}
