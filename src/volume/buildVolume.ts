import path from 'node:path';
import { formatDate as isoDate } from '../batch/nextIssue.js';
import type { BuildOptions } from '../build/buildIssue.js';
import { faultDiagnostic, fileFault } from '../build/fileFault.js';
import { isSourceDateEpoch, MAX_SOURCE_DATE_EPOCH } from '../build/sourceDateEpoch.js';
import { writeAtomic } from '../build/writeAtomic.js';
import { diagnostic, hasErrors, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import { DiagnosticError } from '../diagnostics/diagnosticError.js';
import type { IssueMeta } from '../model/document.js';
import { packageVersion } from '../packageRoot.js';
import { CONTENTS_TITLE } from '../typeset/volume/volumeContents.js';
import { VOLUME_WORD } from '../typeset/volume/volumeCover.js';
import { layOutVolume, rangeText } from './layOutVolume.js';
import { renderVolume } from './renderVolume.js';
import { selectVolumeIssues, type VolumeSelection } from './selectVolumeIssues.js';
import { typesetVolumeIssues } from './typesetVolumeIssues.js';

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

function creationDate(last: IssueMeta, sourceDateEpoch: number | undefined): Date {
  if (sourceDateEpoch === undefined) return new Date(Date.UTC(last.date.year, last.date.month - 1, last.date.day));
  if (!isSourceDateEpoch(sourceDateEpoch)) throw new RangeError(`sourceDateEpoch must be a whole number of seconds from 0 to ${MAX_SOURCE_DATE_EPOCH}, not ${sourceDateEpoch}`);
  return new Date(sourceDateEpoch * 1000);
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

  const fontPaths = options.fontPaths?.map((p) => path.resolve(cwd, p));
  const set = await typesetVolumeIssues(
    selection.issues.map((i) => i.file),
    { ...build, ...(fontPaths ? { fontPaths } : {}) },
  );
  diagnostics.push(...set.diagnostics);
  const first = set.issues[0];
  const last = set.issues.at(-1);
  if (hasErrors(diagnostics) || !set.shaper || !first || !last || set.issues.length !== selection.issues.length) return { ...base, issues: listed(), diagnostics };

  // The volume takes its first issue's template: its page, its masthead's title and rule, its feet.
  const template = first.template;
  const layout = layOutVolume(set.issues, set.shaper, template);
  diagnostics.push(...layout.diagnostics);
  // The first issue's shaper has set the volume's own text since: its fonts are all wanted.
  for (const [key, font] of set.shaper.fontsByKey) set.fonts.set(key, font);
  const output = path.resolve(cwd, options.output ?? `volume-${first.meta.year}.pdf`);
  const year = first.meta.year;
  const title = `${first.meta.title} ${year}年${VOLUME_WORD}`;
  let bytes: Buffer;
  try {
    bytes = await renderVolume({
      info: {
        title,
        author: first.meta.sponsors[0] ?? '',
        subject: `${year}年${rangeText(first.meta, last.meta)}`,
        creator: `bulletin ${packageVersion()}`,
        creationDate: creationDate(last.meta, options.sourceDateEpoch),
      },
      width: template.page.width,
      height: template.page.height,
      fonts: set.fonts,
      colours: template.colours,
      outlineTitle: title,
      contentsTitle: CONTENTS_TITLE.replace('\u3000', ''),
      cover: layout.cover,
      contents: layout.contents,
      issues: layout.issues,
    });
  } catch (error) {
    // A picture that changed since it was read: reported like any other problem, nothing written.
    if (error instanceof DiagnosticError) return { ...base, issues: listed(), diagnostics: [...diagnostics, error.diagnostic] };
    throw error;
  }
  try {
    await writeAtomic(output, bytes);
  } catch (error) {
    // A folder that cannot be written or a full disk is the machine's state, not a bug.
    const fault = fileFault(error, output);
    if (fault === undefined) throw error;
    return { ...base, issues: listed(layout.firstPages), diagnostics: [...diagnostics, faultDiagnostic(fault)] };
  }
  const frontPages = 1 + layout.contents.length;
  const pages = frontPages + layout.issues.reduce((n, i) => n + i.pages.length, 0);
  const withPages = listed(layout.firstPages).map((i, n) => ({ ...i, pages: layout.issues[n]?.pages.length ?? 0 }));
  return { ...base, output, pages, frontPages, bytes: bytes.length, issues: withPages, diagnostics };
}
