import { z } from 'zod';

// zod compiles a parser for each object schema with `new Function` on its first parse: worth it
// for a schema parsed thousands of times, not for the few parses of a build (~15 ms of a cold start).
z.config({ jitless: true });

// The one schema of a template (template.yaml or template.json): the loader validates with it,
// the TypeScript type is derived from it and scripts/templateSchema.mjs turns it into the JSON
// Schema editors use. Lengths are in points, `line`s count grid lines from the top of the type area.

const FONT_ROLES = ['title', 'body', 'hei', 'kai', 'mono'] as const;

const role = z.enum(FONT_ROLES).describe('The font role: title, body, hei (黑体), kai (楷体) or mono');
const points = z.number().min(0).max(10000);
const size = z.number().positive().max(1000);
const ems = z.number().min(0).max(100);
const gridLine = z.number().min(0).max(1000);
const lines = z.int().min(1).max(1000);
/** The name of a colour of the template's `colours`. */
const colour = z.string().min(1).describe('The name of one of the template’s colours');
/** Text with `{field}` placeholders and `[…]` sections left out when a field in them is empty. */
const pattern = z.string().describe('Text with {field} placeholders (title, year, issue, serial, month, day, declared fields); a [section] is left out when a field in it is empty');
const align = z.enum(['left', 'center', 'right']).describe('Alignment across the type area');
const unit = z.number().min(0).max(1);

const colourSpec = z.strictObject({
  cmyk: z.tuple([unit, unit, unit, unit]),
  rgb: z.string().regex(/^#[0-9A-Fa-f]{6}$/),
});

/** Font names or files, most wanted first. */
const fontNames = z.array(z.string().min(1)).min(1).max(20);

/** What every piece of text says about its face. */
const face = { role, size: size.optional(), colour: colour.optional() };

/** Where a masthead part sits: on grid line `line` (default: the line after the part before it), `lines` tall. */
const placement = {
  line: gridLine.describe('Grid line from the top of the type area (from 0); default: the line after the part before').optional(),
  lines: lines.describe('Grid lines the part takes (it is centred on them)').optional(),
  align: align.optional(),
};
const textPart = { ...face, size, ...placement };

const tracking = ems.describe('Extra space between letters, in em');
const titlePart = z.strictObject({ kind: z.literal('title'), text: pattern.optional(), tracking: tracking.optional(), ...textPart }).describe('The bulletin’s title (text default {title})');
const issueLinePart = z.strictObject({ kind: z.literal('issueLine'), pattern, ...textPart }).describe('The issue line, e.g. {year}年第{issue}期[（总第{serial}期）] or 〔{year}〕{issue}号');
const textLabelPart = z.strictObject({ kind: z.literal('text'), text: pattern, tracking: tracking.optional(), ...textPart }).describe('A line of text, e.g. a corner label: 内部资料 注意保存, 编号：{number}');
const sponsorsPart = z.strictObject({
  kind: z.literal('sponsors'),
  label: z.string(),
  /** `beside-date`: a left column with the date flush right on its last line; `centred`: each sponsor centred. */
  layout: z.enum(['beside-date', 'centred']).describe('beside-date: a left column with the date flush right on its last line; centred: each sponsor centred').optional(),
  ...textPart,
}).describe('The sponsors, one a line, after a label');
const datePart = z.strictObject({ kind: z.literal('date'), format: pattern.optional(), ...textPart }).describe('The issue date (format default {year}年{month}月{day}日)');
const logoPart = z.strictObject({
  kind: z.literal('logo'),
  /** A JPEG or PNG in the template's folder. */
  src: z.string().min(1),
  width: points.optional(),
  height: points.optional(),
  /** Points from the aligned edge of the type area towards its middle. */
  inset: points.optional(),
  ...placement,
}).describe('A picture (JPEG or PNG) in the template’s folder, width and height in points');
const rulePart = z.strictObject({
  kind: z.literal('rule'),
  style: z.enum(['thick-thin', 'thin-thick', 'single', 'double', 'star']).optional(),
  /** Space above the rule, below the line before it. */
  gap: points,
  thick: points,
  thin: points.optional(),
  between: points.optional(),
  colour,
  /** The ★ of `style: star`: its size and the space left each side of it. */
  star: z.strictObject({ size, space: points.optional() }).optional(),
  line: gridLine.optional(),
}).describe('The separating rule, gap points below the line before it: thick-thin, thin-thick, single, double, or star (broken by a ★)');

const mastheadPart = z.discriminatedUnion('kind', [titlePart, logoPart, issueLinePart, textLabelPart, sponsorsPart, datePart, rulePart]);

const heading = z.strictObject({
  ...face,
  size,
  align: z.enum(['center']).optional(),
  indent: ems.optional(),
  bold: z.boolean().optional(),
  spaceBefore: ems.optional(),
  spaceAfter: ems.optional(),
  /** How `numbering: auto` numbers headings of this level (2–4): `{cn}` Chinese numerals, `{n}` digits, e.g. `第{cn}部分`. */
  number: z.string().regex(/\{c?n\}/u).optional(),
});

/** A front-matter field the template uses beyond the built-in ones (e.g. `number` for a 编号). */
const declaredField = z.strictObject({
  required: z.boolean().optional(),
  /** A correct line, for the hint when the field is missing. */
  example: z.string().optional(),
});

const templateShape = {
  /** Where the schema is, for editors; ignored by bulletin. */
  $schema: z.string().optional(),
  name: z.string().min(1).describe('The template’s name'),
  description: z.string().describe('One line shown in lists of templates').optional(),
  /** A built-in template or a folder (relative to this file) whose fields this one inherits. */
  extends: z.string().min(1).describe('A built-in template or a folder (relative to this file) whose fields this one inherits').optional(),
  page: z.strictObject({ width: points, height: points, marginTop: points, marginLeft: points }),
  punctuation: z.enum(['quanjiao', 'kaiming', 'banjiao']),
  /** The type area: `chars` body characters wide, `lines` lines of `pitch` points tall. */
  grid: z.strictObject({ chars: lines, lines, pitch: size, size }).describe('The type area: chars characters of size points a line, lines lines pitch points apart'),
  colours: z.record(z.string().min(1), colourSpec).describe('Named colours, CMYK for the PDF and RGB for the HTML; black is required'),
  /**
   * Installed faces each role should take, most wanted first, before the customary ones (a 仿宋
   * body: `[仿宋_GB2312, 仿宋]`); named as in `fonts:` of bulletin.yaml, which still decides over them.
   */
  fonts: z
    .strictObject({ title: fontNames, body: fontNames, hei: fontNames, kai: fontNames, mono: fontNames })
    .partial()
    .describe('Installed fonts each role takes first when one is installed, most wanted first (e.g. body: [仿宋_GB2312, 仿宋])')
    .optional(),
  fields: z.record(z.string().regex(/^[\p{L}_][\p{L}\p{N}_-]*$/u), declaredField).describe('Front-matter fields the template uses beyond the built-in ones').optional(),
  masthead: z.strictObject({
    parts: z.array(mastheadPart).min(1).max(100),
    /** Grid lines left blank between the masthead's last part and the body. */
    spaceAfter: ems.optional(),
  }),
  body: z.strictObject({ ...face, size, indent: ems }),
  // Strong, code and emphasis take the size and colour of the text around them: only a face.
  strong: z.strictObject({ role }),
  code: z.strictObject({ role }),
  emphasis: z.strictObject({ role }),
  /** The editor's note: a first block quote opening with one of `labels` (default 编者按, 按语). */
  editorsNote: z.strictObject({ role, colour: colour.optional(), labelRole: role, indent: ems, spaceAfter: ems, labels: z.array(z.string().min(1)).min(1).optional() }),
  headings: z.strictObject({ '1': heading, '2': heading, '3': heading, '4': heading }),
  quote: z.strictObject({ role, colour: colour.optional(), indent: ems }),
  figure: z.strictObject({ maxHeight: unit, caption: z.strictObject({ ...face, size }), gap: points }),
  table: z.strictObject({ ...face, headerRole: role, size, pitch: size, padding: points, rule: points, outerRule: points }),
  footnotes: z.strictObject({ ...face, size, pitch: size, ruleWidth: points, rule: points, gap: points }),
  contents: z.strictObject({ ...face, title: z.string(), size, entryRole: role }),
  thematicBreak: z.strictObject({ width: points, rule: points }),
  /** The disclaimer line; `format` wraps the issue's text, `{text}` (default `（{text}）`). */
  disclaimer: z.strictObject({ ...face, size, spaceBefore: ems, format: z.string().regex(/\{text\}/u).optional() }),
  colophon: z.strictObject({
    ...face,
    size,
    indent: ems,
    rule: points,
    pitch: size,
    ruleColour: colour.optional(),
    /**
     * The colophon's lines in place of the built-in ones (distribution, secretariat): patterns for
     * the text flush left and, optionally, flush right (GB/T 9704's 印发机关 and 印发日期); a line
     * whose fields are all empty is left out.
     */
    lines: z.array(z.strictObject({ left: pattern, right: pattern.optional() })).min(1).max(20).optional(),
    /** A thin rule between each two lines (GB/T 9704's 版记), in points. */
    innerRule: points.optional(),
  }),
  pageNumber: z.strictObject({
    ...face,
    size,
    /** Points between the foot of the type area and the top of the number's dashes. */
    below: points,
    /** `{n}` is the page's number; each space is a quarter-em gap. */
    format: pattern.optional(),
    /** `center`, or `outside`: flush right on odd pages and left on even ones, `inset` ems in (GB/T 9704). */
    place: z.enum(['center', 'outside']).optional(),
    inset: ems.optional(),
  }),
};

/** The schema of a whole template, after `extends` is merged. */
export const templateSchema = z.strictObject(templateShape);

/** A validated template. */
export type Template = z.output<typeof templateSchema>;
export type MastheadPart = Template['masthead']['parts'][number];
export type HeadingSpec = Template['headings']['1'];
export type ColourSpec = z.output<typeof colourSpec>;

/** A colour of a validated template by name (the loader checked every name, so a miss is a bug). */
export function colourOf(template: Pick<Template, 'colours'>, name: string): ColourSpec {
  const spec = template.colours[name];
  if (spec === undefined) throw new Error(`template has no colour ${name}`);
  return spec;
}

/** Known keys of each mapping of a template, for did-you-mean hints, by dotted path ('' is the top). */
export function templateKeys(path: readonly (string | number)[], data: unknown): readonly string[] {
  let schema: z.ZodType = templateSchema;
  let value: unknown = data;
  for (const segment of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(segment)] ?? z.never();
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.ZodType;
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else return [];
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[String(segment)] : undefined;
  }
  schema = unwrap(schema);
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
    const options = schema.options as z.ZodObject[];
    const chosen = options.find((o) => (o.shape.kind as z.ZodLiteral).value === kind);
    return chosen ? Object.keys(chosen.shape) : ['kind'];
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

/** The kinds of masthead part, for the hint of a part of an unknown kind. */
export const PART_KINDS: readonly string[] = mastheadPart.options.map((o) => o.shape.kind.value);
