import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfDocumentInternals } from './pdfkitInternals.js';
import { pdfText } from './pdfText.js';

/** What an archive's catalogue asks of an issue, beyond the document properties. */
export interface ArchiveInfo {
  /** `2014年第4期（总第9期）`. */
  readonly issue: string;
  /** The issue's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Every sponsor, in order. */
  readonly sponsors: readonly string[];
}

/** The document properties the XMP packet repeats; a PDF/A file's Info dictionary holds the same. */
export interface PdfaInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly creator: string;
  readonly creationDate: Date;
}

function xml(text: string): string {
  return pdfText(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `2014-10-17T00:00:00Z`: the form of pdfkit's Info dates (D:…Z), as PDF/A wants them equal. */
function xmpDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The descriptions of the XMP packet of a PDF that is not PDF/A: the Info dictionary's entries in
 * their XMP equivalents, as pdfkit writes them, but escaped (pdfkit puts a title's `&` or `<` in
 * as it is, and the packet is no longer XML) and without pdfkit's indentation (700 bytes of
 * spaces).
 *
 * @param info The document properties.
 * @returns rdf:Description elements, escaped.
 */
export function documentDescriptions(info: PdfaInfo): string {
  const alt = (text: string): string => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;
  const dc = [
    info.title === '' ? '' : `<dc:title>${alt(info.title)}</dc:title>`,
    info.author === '' ? '' : `<dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>`,
    info.subject === '' ? '' : `<dc:description>${alt(info.subject)}</dc:description>`,
  ].join('');
  return [
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreateDate>${xmpDate(info.creationDate)}</xmp:CreateDate><xmp:CreatorTool>${xml(info.creator)}</xmp:CreatorTool></rdf:Description>`,
    ...(dc === '' ? [] : [`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">${dc}</rdf:Description>`]),
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>${xml(info.creator)}</pdf:Producer></rdf:Description>`,
  ].join('\n');
}

/**
 * The descriptions of the XMP packet of a PDF/A-2u file (ISO 19005-2 §6.6): the PDF/A
 * identification, the Info dictionary's entries in their XMP equivalents (so that the two agree,
 * §6.6.3), and what a library catalogue wants: the issue, its date, all sponsors as publishers, the
 * language. Only predefined schemas (dc, xmp, pdf, pdfaid), which need no extension schema.
 *
 * @param info The document properties.
 * @param archive The issue's facts.
 * @returns rdf:Description elements, escaped.
 */
export function pdfaDescriptions(info: PdfaInfo, archive: ArchiveInfo): string {
  const date = xmpDate(info.creationDate);
  const alt = (text: string): string => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;
  const list = (kind: 'Seq' | 'Bag', items: readonly string[]): string => `<rdf:${kind}>${items.map((i) => `<rdf:li>${xml(i)}</rdf:li>`).join('')}</rdf:${kind}>`;
  const dc = [
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(info.title)}</dc:title>`,
    info.author === '' ? '' : `<dc:creator>${list('Seq', [info.author])}</dc:creator>`,
    info.subject === '' ? '' : `<dc:description>${alt(info.subject)}</dc:description>`,
    archive.sponsors.length === 0 ? '' : `<dc:publisher>${list('Bag', archive.sponsors)}</dc:publisher>`,
    `<dc:date>${list('Seq', [archive.date])}</dc:date>`,
    `<dc:identifier>${xml(archive.issue)}</dc:identifier>`,
    `<dc:language>${list('Bag', ['zh-CN'])}</dc:language>`,
  ].filter((line) => line !== '');
  return [
    `<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>2</pdfaid:part><pdfaid:conformance>U</pdfaid:conformance></rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">${dc.join('')}</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreateDate>${date}</xmp:CreateDate><xmp:ModifyDate>${date}</xmp:ModifyDate><xmp:MetadataDate>${date}</xmp:MetadataDate><xmp:CreatorTool>${xml(info.creator)}</xmp:CreatorTool></rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>${xml(info.creator)}</pdf:Producer></rdf:Description>`,
  ].join('\n');
}

let srgbProfile: Buffer | undefined;

/**
 * pdfkit's sRGB IEC 61966-2.1 profile, read from its package: bundled, pdfkit looks for it beside
 * the bundle, where it is not.
 */
function srgb(): Buffer {
  if (srgbProfile === undefined) {
    const pdfkitMain = createRequire(import.meta.url).resolve('pdfkit');
    srgbProfile = readFileSync(join(dirname(pdfkitMain), 'data', 'sRGB_IEC61966_2_1.icc'));
  }
  return srgbProfile;
}

/**
 * Makes the document PDF/A-2u: our XMP descriptions instead of pdfkit's (which are not escaped
 * and lack the modification date), and an sRGB output intent. The caller paints in RGB and tags
 * the structure.
 *
 * @param doc The document, before it ends.
 * @param info The document properties, as the Info dictionary holds them.
 * @param archive The issue's facts.
 */
export function makePdfa(doc: PdfDocumentInternals, info: PdfaInfo, archive: ArchiveInfo): void {
  const descriptions = pdfaDescriptions(info, archive);
  doc._addInfo = () => doc.appendXML(descriptions);
  const profile = srgb();
  const icc = doc.ref({ N: 3, Alternate: 'DeviceRGB' });
  icc.end(profile);
  const intent = doc.ref({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: new String('sRGB IEC61966-2.1'),
    Info: new String('sRGB IEC61966-2.1'),
    RegistryName: new String('http://www.color.org'),
    DestOutputProfile: icc,
  });
  intent.end();
  doc._root.data['OutputIntents'] = [intent];
}
