import { basename, dirname, extname, join, resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { FontShaper } from '../fonts/fontShaper.js';
import { resolveFonts } from '../fonts/resolveFonts.js';
import type { BulletinDocument, Heading, PunctuationStyle } from '../model/document.js';
import { packageVersion } from '../packageRoot.js';
import { readIssue } from '../read/index.js';
import { renderPdf, type PdfInfo } from '../render/pdf/renderPdf.js';
import { getTemplate } from '../template/template.js';
import { inlineText } from '../typeset/inlines.js';
import { typesetDocument } from '../typeset/typesetDocument.js';
import type { TypesetDocument } from '../typeset/types.js';
import { writeAtomic } from './writeAtomic.js';

export interface BuildOptions {
  /** Folder for the output (default: beside the input). */
  readonly outDir?: string;
  /** Missing glyphs are errors, not warnings. */
  readonly strict?: boolean;
  /** Extra font folders (--font-path), searched before the system's. */
  readonly fontPaths?: readonly string[];
  /** Replaces the system font folders; tests pass [] so results do not depend on the machine. */
  readonly systemFontDirs?: readonly string[];
  /** Punctuation style (--punct), over the issue's and the template's. */
  readonly punctuation?: PunctuationStyle;
  /** Seconds since 1970 for the PDF dates (reproducible builds); default: the issue's date. */
  readonly sourceDateEpoch?: number;
}

export interface BuildResult {
  readonly file: string;
  /** The PDF written; absent when the build failed. */
  readonly output?: string;
  readonly pages?: number;
  readonly bytes?: number;
  readonly diagnostics: readonly Diagnostic[];
}

/** The PDF path for an issue: DIR/<name>.pdf, DIR being --out-dir or the issue's folder. */
export function outputPath(file: string, outDir?: string): string {
  const name = basename(file, extname(file));
  return join(outDir ? resolve(outDir) : dirname(resolve(file)), `${name}.pdf`);
}

function firstHeading(doc: BulletinDocument): string {
  const h = doc.blocks.find((b): b is Heading => b.kind === 'heading');
  return h ? (h.autoNumber ?? '') + inlineText(h.children) : '';
}

/** Document properties of LAYOUT.md A.6. */
export function pdfInfo(doc: BulletinDocument, sourceDateEpoch?: number): PdfInfo {
  const { meta } = doc;
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

/** An issue read, fonts resolved and pages set: everything but the PDF bytes. */
export interface TypesetIssue {
  readonly document?: BulletinDocument;
  readonly typeset?: TypesetDocument;
  readonly shaper?: FontShaper;
  readonly diagnostics: Diagnostic[];
}

/** Reads and typesets an issue; stops at the first stage that reports an error. */
export async function typesetIssue(file: string, options: BuildOptions = {}): Promise<TypesetIssue> {
  const read = await readIssue(file);
  const diagnostics = [...read.diagnostics];
  const document = read.document;
  if (!document || hasErrors(diagnostics)) return { diagnostics };
  const fonts = resolveFonts({
    ...(document.meta.fonts ? { configured: document.meta.fonts } : {}),
    ...(options.fontPaths ? { fontPaths: options.fontPaths } : {}),
    ...(options.systemFontDirs ? { systemDirs: options.systemFontDirs } : {}),
    baseDir: dirname(document.file),
    file: document.file,
  });
  diagnostics.push(...fonts.diagnostics);
  const shaper = new FontShaper(fonts.fonts, (d) => diagnostics.push(d), options.strict ?? false);
  const typeset = typesetDocument(document, getTemplate(document.meta.template), shaper, {
    ...(options.punctuation ? { punctuation: options.punctuation } : {}),
    report: (d) => diagnostics.push(d),
  });
  return { document, typeset, shaper, diagnostics };
}

/**
 * Builds one issue to PDF: read → typeset → render, written atomically. Problems come back as
 * diagnostics; with any error nothing is written.
 */
export async function buildIssue(file: string, options: BuildOptions = {}): Promise<BuildResult> {
  const { document, typeset, shaper, diagnostics } = await typesetIssue(file, options);
  if (!document || !typeset || !shaper || hasErrors(diagnostics)) return { file, diagnostics };
  const template = getTemplate(document.meta.template);
  const bytes = await renderPdf(typeset, {
    info: pdfInfo(document, options.sourceDateEpoch),
    fonts: shaper.fontsByKey,
    colours: template.colours,
  });
  const output = outputPath(file, options.outDir);
  await writeAtomic(output, bytes);
  return { file, output, pages: typeset.pages.length, bytes: bytes.length, diagnostics };
}
