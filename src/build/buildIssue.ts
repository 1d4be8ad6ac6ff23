import { dirname } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { capDiagnostics } from '../diagnostics/capDiagnostics.js';
import { DiagnosticError } from '../diagnostics/diagnosticError.js';
import { defaultFontCacheDir } from '../fonts/fontIndex.js';
import { FontShaper } from '../fonts/fontShaper.js';
import { FONT_ROLES, resolveFonts, type FontSet } from '../fonts/resolveFonts.js';
import type { BulletinDocument, Heading, PunctuationStyle } from '../model/document.js';
import { packageVersion } from '../packageRoot.js';
import { readIssue } from '../read/index.js';
import type { ArchiveInfo } from '../render/pdf/pdfaMetadata.js';
import { coverText } from './coverText.js';
import type { PdfInfo } from '../render/pdf/renderPdf.js';
import { getTemplate, type Template } from '../template/template.js';
import { inlineText } from '../typeset/inlines.js';
import { issueLine } from '../typeset/masthead.js';
import type { TypesetDocument } from '../typeset/types.js';
import { isSourceDateEpoch, MAX_SOURCE_DATE_EPOCH } from './sourceDateEpoch.js';
import { faultDiagnostic, fileFault, outDirHint } from './fileFault.js';
import { issueInputs, type IssueInputs } from './issueInputs.js';
import { issueSummary, type IssueSummary } from './issueSummary.js';
import type { SiteNav } from '../render/html/siteNav.js';
import { outputPath } from './outputPath.js';
import { writeOutputs, type OutputFile } from './writeOutputs.js';

export interface BuildOptions {
  /** Folder for the output (default: beside the input). */
  readonly outDir?: string;
  /** Missing glyphs are errors, not warnings. */
  readonly strict?: boolean;
  /** Extra font folders (--font-path), searched before the system's. */
  readonly fontPaths?: readonly string[];
  /** Replaces the system font folders; tests pass [] so results do not depend on the machine. */
  readonly systemFontDirs?: readonly string[];
  /**
   * `bundled`: the bundled fonts only, ignoring installed fonts, --font-path and `fonts:` names,
   * so every machine sets the same glyphs; `installed`: installed fonts too, even when the issue
   * says `fonts: bundled` (default: as the issue says, else `installed`).
   */
  readonly fonts?: FontChoice;
  /** Pictures may lie outside the issue's folder tree (--allow-outside). */
  readonly allowOutside?: boolean;
  /** Punctuation style (--punct), over the issue's and the template's. */
  readonly punctuation?: PunctuationStyle;
  /** Seconds since 1970 for the PDF dates (reproducible builds), 0 to 253402300799; default: the issue's date. */
  readonly sourceDateEpoch?: number;
  /** What to write (--format): the PDF, the HTML page, or both; default `pdf`. */
  readonly format?: OutputFormat;
  /**
   * Archival PDF (--pdfa): PDF/A-2u with the issue's facts in its XMP metadata, an sRGB output
   * intent and the structure tagged, so that it reads in order in a screen reader.
   */
  readonly pdfa?: boolean;
  /** Folder of the HTML font subset cache and the font name index; default: `defaultCacheDir()` of render/html/woff2Subset. */
  readonly cacheDir?: string;
  /** Links to show atop the HTML page (optional): `bulletin site` leads to the other issues with them. */
  readonly nav?: SiteNav;
  /**
   * Keeps each paragraph as set for later builds in this process, which then set only the
   * paragraphs that changed (`watch`; default false: a single build would only pay for keeping them).
   */
  readonly keepLayouts?: boolean;
}

/** What `--fonts` chooses between. */
export type FontChoice = 'bundled' | 'installed';

/** The outputs `--format` chooses between. */
export type OutputFormat = 'pdf' | 'html' | 'both';

export interface BuildResult {
  readonly file: string;
  /** The PDF written; absent when the build failed or wrote no PDF. */
  readonly output?: string;
  /** Every file written (PDF first, then HTML); absent when the build failed. */
  readonly outputs?: readonly string[];
  /** Size of the HTML page written. */
  readonly htmlBytes?: number;
  readonly pages?: number;
  readonly bytes?: number;
  readonly diagnostics: readonly Diagnostic[];
  /** What the output depends on (for incremental builds); absent when the build failed. */
  readonly inputs?: IssueInputs;
  /** The issue's numbers, date, title and headings; absent when the build failed. */
  readonly summary?: IssueSummary;
}

export { outputPath };

function firstHeading(doc: BulletinDocument): string {
  const h = doc.blocks.find((b): b is Heading => b.kind === 'heading');
  return h ? (h.autoNumber ?? '') + inlineText(h.children) : '';
}

/** Document properties of docs/layout.md A.6. */
export function pdfInfo(doc: BulletinDocument, sourceDateEpoch?: number): PdfInfo {
  const { meta } = doc;
  if (sourceDateEpoch !== undefined && !isSourceDateEpoch(sourceDateEpoch)) {
    throw new RangeError(`sourceDateEpoch must be a whole number of seconds from 0 to ${MAX_SOURCE_DATE_EPOCH}, not ${sourceDateEpoch}`);
  }
  const date =
    sourceDateEpoch !== undefined ? new Date(sourceDateEpoch * 1000) : new Date(Date.UTC(meta.date.year, meta.date.month - 1, meta.date.day));
  return {
    title: `${meta.title} ${meta.year}年第${meta.issue}期`,
    author: meta.sponsors[0] ?? '',
    subject: firstHeading(doc),
    creator: `bulletin ${packageVersion()}`,
    creationDate: date,
  };
}

/** The document's template: the one the reader loaded, else the built-in one it names. */
export function templateOf(document: BulletinDocument): Template {
  return document.template?.template ?? getTemplate(document.meta.template);
}

/** The issue's facts for an archive's catalogue (the XMP of a PDF/A file). */
export function archiveInfo(doc: BulletinDocument): ArchiveInfo {
  const { meta } = doc;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return {
    issue: `${meta.title} ${issueLine(meta, templateOf(doc))}`,
    date: `${String(meta.date.year).padStart(4, '0')}-${pad(meta.date.month)}-${pad(meta.date.day)}`,
    sponsors: meta.sponsors,
  };
}

/** An issue read, fonts resolved and pages set: everything but the PDF bytes. */
export interface TypesetIssue {
  readonly document?: BulletinDocument;
  readonly typeset?: TypesetDocument;
  readonly shaper?: FontShaper;
  readonly fonts?: FontSet;
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads and typesets an issue; stops at the first stage that reports an error.
 *
 * @param file The issue.
 * @param options Build options.
 * @param pages Whether to set the pages (optional, default true). The HTML page needs the fonts
 *   but no page of the PDF: without pages, each character is only looked up in the fonts once,
 *   so that those no font has are reported as a full typesetting reports them (coverText.ts).
 * @param layout How the pages are set besides the options (optional): `pageNumbers: false` leaves
 *   the foot of each page to the caller (a volume numbers its pages through).
 */
export async function typesetIssue(file: string, options: BuildOptions = {}, pages = true, layout: { readonly pageNumbers?: boolean } = {}): Promise<TypesetIssue> {
  const read = await readIssue(file, options.allowOutside ? { allowOutside: true } : {});
  const diagnostics = [...read.diagnostics];
  const document = read.document;
  if (!document || hasErrors(diagnostics)) return { diagnostics: [...capDiagnostics(diagnostics)] };
  const template = templateOf(document);
  const fonts = resolveFonts({
    ...(document.meta.fonts ? { configured: document.meta.fonts } : {}),
    ...(template.fonts ? { preferred: template.fonts } : {}),
    ...(options.fontPaths ? { fontPaths: options.fontPaths } : {}),
    ...(options.systemFontDirs ? { systemDirs: options.systemFontDirs } : {}),
    ...(options.fonts ? { bundledOnly: options.fonts === 'bundled' } : {}),
    ...(document.meta.fontsAt ? { configuredAt: document.meta.fontsAt } : {}),
    cacheDir: options.cacheDir ?? defaultFontCacheDir(),
    baseDir: dirname(document.file),
    file: document.file,
  });
  diagnostics.push(...fonts.diagnostics);
  // PDF/A forbids drawing the .notdef glyph (ISO 19005-2 §6.2.11.8): under --pdfa a missing glyph is an error.
  const strict = (options.strict ?? false) || (options.pdfa ?? false);
  const shaper = new FontShaper(fonts.fonts, (d) => diagnostics.push(d), strict, document.file, options.keepLayouts ?? false);
  if (!pages) {
    coverText(document, shaper);
    shaper.reportOmitted();
    return { document, shaper, fonts: fonts.fonts, diagnostics: [...capDiagnostics(diagnostics)] };
  }
  // Loaded only when pages are set: `-f html` needs neither the line breaker nor the paginator.
  const { typesetDocument } = await import('../typeset/typesetDocument.js');
  const typeset = typesetDocument(document, template, shaper, {
    ...(options.punctuation ? { punctuation: options.punctuation } : {}),
    report: (d) => diagnostics.push(d),
    ...(layout.pageNumbers === false ? { pageNumbers: false } : {}),
  });
  shaper.reportOmitted();
  return { document, typeset, shaper, fonts: fonts.fonts, diagnostics: [...capDiagnostics(diagnostics)] };
}

/** The font files an output depends on: those glyphs were taken from, and for a page every font its stacks may name. */
function fontFiles(shaper: FontShaper, html: boolean): string[] {
  const used = [...shaper.fontsByKey.values()];
  const stacks = html ? FONT_ROLES.flatMap((role) => shaper.chain(role)) : [];
  return [...new Set([...used, ...stacks].map((f) => f.file))];
}

/**
 * Builds one issue to PDF and/or HTML: read → typeset → render, each file written atomically.
 * Problems come back as diagnostics; with any error nothing is written. Both outputs are
 * rendered before either is written, so a failing renderer leaves neither behind.
 */
export async function buildIssue(file: string, options: BuildOptions = {}): Promise<BuildResult> {
  const format = options.format ?? 'pdf';
  const { document, typeset, shaper, fonts, diagnostics } = await typesetIssue(file, options, format !== 'html');
  if (!document || (!typeset && format !== 'html') || !shaper || !fonts || hasErrors(diagnostics)) return { file, diagnostics };
  const template = templateOf(document);
  const info = pdfInfo(document, options.sourceDateEpoch);
  let bytes: Buffer | undefined;
  let html: { html: string } | undefined;
  try {
    // The PDF renderer (pdfkit) loads only when a PDF is asked for: `-f html` stays lean too.
    const pdfModule = format === 'html' || !typeset ? undefined : await import('../render/pdf/renderPdf.js');
    bytes =
      pdfModule === undefined || !typeset
        ? undefined
        : await pdfModule.renderPdf(typeset, {
            info,
            fonts: shaper.fontsByKey,
            colours: template.colours,
            cacheDir: options.cacheDir ?? defaultFontCacheDir(),
            ...(options.pdfa ? { pdfa: archiveInfo(document) } : {}),
          });
    // The HTML renderer (hast, harfbuzz) loads only when HTML is asked for: a PDF build stays lean.
    const htmlModules = format === 'pdf' ? undefined : await Promise.all([import('../render/html/renderHtml.js'), import('../render/html/woff2Subset.js')]);
    html =
      htmlModules === undefined
        ? undefined
        : await htmlModules[0].renderHtml(document, {
            template,
            chain: (role) => shaper.chain(role),
            punctuation: options.punctuation ?? document.meta.punctuation ?? template.punctuation,
            info,
            cacheDir: options.cacheDir ?? htmlModules[1].defaultCacheDir(),
            ...(options.nav ? { nav: options.nav } : {}),
          });
  } catch (error) {
    // A picture that changed since it was read: reported like any other problem, nothing written.
    if (error instanceof DiagnosticError) return { file, diagnostics: [...diagnostics, error.diagnostic] };
    throw error;
  }
  const files: OutputFile[] = [
    ...(bytes ? [{ path: outputPath(file, options.outDir), data: bytes }] : []),
    ...(html ? [{ path: outputPath(file, options.outDir, 'html'), data: html.html }] : []),
  ];
  try {
    await writeOutputs(files);
  } catch (error) {
    // A folder that cannot be written or a full disk is the machine's state, not a bug: the issue fails.
    const fault = fileFault(error);
    if (fault === undefined) throw error;
    return { file, diagnostics: [...diagnostics, faultDiagnostic(fault, outDirHint())] };
  }
  const outputs = files.map((f) => f.path);
  return {
    file,
    ...(bytes ? { output: outputPath(file, options.outDir), bytes: bytes.length } : {}),
    ...(html ? { htmlBytes: Buffer.byteLength(html.html) } : {}),
    outputs,
    ...(typeset ? { pages: typeset.pages.length } : {}),
    diagnostics,
    inputs: issueInputs(document, fonts, fontFiles(shaper, html !== undefined)),
    summary: issueSummary(document),
  };
}
