import { z } from 'zod';
import type { IssueDate } from '../model/document.js';
import { parseIssueDate } from './parseIssueDate.js';

// zod compiles a parser for each object schema with `new Function` on its first parse: worth it
// for a schema parsed thousands of times, not for the few parses of a build (~15 ms of a cold start).
z.config({ jitless: true });

// The fields of docs/layout.md A.5, one layer at a time: every field is optional here because a
// bulletin.yaml may hold only some of them; resolveMeta checks the required ones after merging.

const text = z.string();
const nonEmpty = z.string().min(1);
const stringList = z.array(text);
const wholeNumber = z.int().min(1);
// Postcodes and phone numbers are often written unquoted; YAML then reads them as numbers.
const digits = z.union([z.string(), z.number()]).transform((v) => String(v));
const date = z
  .string()
  .transform((v, ctx): IssueDate => {
    const parsed = parseIssueDate(v);
    if (parsed === undefined) {
      // Worded by the message catalogue (read.invalid-value), like every other invalid field.
      ctx.addIssue({ code: 'custom', input: v });
      return z.NEVER;
    }
    return parsed;
  });

const secretariatShape = { name: nonEmpty, address: text, postcode: digits, email: text, phone: digits };
const distributionShape = { 报: stringList, 送: stringList, 发: stringList };
const fontsShape = { title: nonEmpty, body: nonEmpty, hei: nonEmpty, kai: nonEmpty, mono: nonEmpty, bundled: z.boolean() };
// `fonts: bundled` (the bundled fonts only) is short for the mapping `fonts: {bundled: true}`, so
// layers still merge key by key and a mistyped key inside the mapping keeps its own message.
const fonts = z.preprocess((v) => (v === 'bundled' ? { bundled: true } : v), z.strictObject(fontsShape).partial());

const metaShape = {
  title: nonEmpty,
  year: z.int().min(1000).max(9999),
  issue: wholeNumber,
  serial: wholeNumber,
  date,
  sponsors: z.array(nonEmpty).min(1),
  disclaimer: text,
  secretariat: z.strictObject(secretariatShape).partial(),
  distribution: z.strictObject(distributionShape).partial(),
  // A built-in template's name or a folder; the reader loads it and reports what is wrong with it.
  template: nonEmpty,
  fonts,
  punctuation: z.enum(['quanjiao', 'kaiming', 'banjiao']),
  numbering: z.enum(['auto', 'off']).transform((v) => v === 'auto'),
  // Issue 6: articles run on, unless the issue asks for each to start on a new page.
  break: z.enum(['page']),
  // Issue 11: where `bulletin site` publishes the archive (absolute feed links, the sitemap).
  site: z.strictObject({ url: z.url({ protocol: /^https?$/ }) }).partial(),
};

/** One validated layer of metadata (bulletin.yaml, front matter or overrides). */
export const metaLayerSchema = z.strictObject(metaShape).partial();

/** A validated layer: dates parsed, `numbering` a boolean, postcodes strings. */
export type MetaLayer = z.output<typeof metaLayerSchema>;

/** Metadata as a caller writes it (the same shape as front matter), e.g. from CLI flags. */
export type MetaOverrides = z.input<typeof metaLayerSchema>;

/** Known keys of each mapping, by the dotted path of the mapping ('' is the top level). */
export const knownKeys: Readonly<Record<string, readonly string[]>> = {
  '': Object.keys(metaShape),
  secretariat: Object.keys(secretariatShape),
  distribution: Object.keys(distributionShape),
  fonts: Object.keys(fontsShape),
};

/** Fields whose numbers must keep the digits as written (`010000`), by dotted path. */
export const digitFields: readonly string[] = ['secretariat.postcode', 'secretariat.phone'];

/**
 * How to write a field, for the hint of its error; what it must be is said by the message
 * catalogue (`read.invalid-value`), in each language.
 */
export interface FieldDescription {
  /** A correct line, for the hint. */
  readonly example: string;
  /** The field is a list, whose items the message names one by one. */
  readonly list?: true;
}

const fontName: FieldDescription = { example: 'body: 宋体' };
const names = (field: string): FieldDescription => ({ list: true, example: `${field}: [市科委办公室]` });

/** Descriptions of every field, by dotted path. */
export const fieldDescriptions: Readonly<Record<string, FieldDescription>> = {
  title: { example: 'title: 金桥会议传真' },
  year: { example: 'year: 2014' },
  issue: { example: 'issue: 4' },
  serial: { example: 'serial: 9' },
  date: { example: 'date: 2014-10-17' },
  sponsors: { list: true, example: 'sponsors: [上海产业技术研究院]' },
  disclaimer: { example: 'disclaimer: 交流资料 仅供参考' },
  secretariat: { example: 'secretariat: {name: 秘书组, address: 上海科苑路 1278 号}' },
  'secretariat.name': { example: 'name: “金桥产业技术创新会议” 秘书组' },
  'secretariat.address': { example: 'address: 上海科苑路 1278 号' },
  'secretariat.postcode': { example: 'postcode: "201203"' },
  'secretariat.email': { example: 'email: jqcz@sast.org.cn' },
  'secretariat.phone': { example: 'phone: 021-12345678' },
  distribution: { example: 'distribution: {报: [市科委], 送: [各区科委]}' },
  'distribution.报': names('报'),
  'distribution.送': names('送'),
  'distribution.发': names('发'),
  template: { example: 'template: jinqiao  # or a folder: ./our-template' },
  fonts: { example: 'fonts: {body: 宋体}' },
  'fonts.title': fontName,
  'fonts.body': fontName,
  'fonts.hei': fontName,
  'fonts.kai': fontName,
  'fonts.mono': fontName,
  'fonts.bundled': { example: 'fonts: bundled' },
  punctuation: { example: 'punctuation: quanjiao' },
  numbering: { example: 'numbering: off' },
  break: { example: 'break: page' },
};
