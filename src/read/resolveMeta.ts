import path from 'node:path';
import { diagnostic, m, type Diagnostic, type MessageRef } from '../diagnostics/diagnostic.js';
import type { IssueMeta, MetaPlace, MetaPlaces } from '../model/document.js';
import type { SourcePoint } from '../model/source.js';
import { compact } from './compact.js';
import { findConfigFiles } from './findConfigFiles.js';
import { mergeLayers } from './mergeLayers.js';
import type { MetaPath, MetaSource } from './metaSource.js';
import type { MetaLayer, MetaOverrides } from './metaSchema.js';
import { parseYamlSource } from './parseYamlSource.js';
import { readTextFile } from './readTextFile.js';
import { validateLayer } from './validateLayer.js';
import { loadTemplate, type LoadedTemplate, type TemplatePlace } from '../template/loadTemplate.js';

/** The front matter block of an issue, as found by the Markdown parser. */
export interface FrontMatterBlock {
  /** The YAML between the `---` lines. */
  readonly text: string;
  /** Where the opening `---` is (line 1, column 1 in practice). */
  readonly start: SourcePoint;
}

/** What {@link resolveMeta} needs to know about an issue. */
export interface ResolveMetaInput {
  /** Absolute path of the issue file; its folder and parents are searched for bulletin.yaml. */
  readonly file: string;
  /** The issue's front matter (optional: an issue may have none). */
  readonly frontMatter?: FrontMatterBlock;
  /** Values that win over everything else, e.g. from CLI flags (optional). */
  readonly overrides?: MetaOverrides;
  /**
   * The issue opens front matter that could not be read, e.g. one never closed (optional, default
   * false): its fields are not called missing, since they are there.
   */
  readonly frontMatterBroken?: boolean;
}

/** The outcome of {@link resolveMeta}. */
export interface ResolvedMeta {
  /** The metadata, or `undefined` when there are errors. */
  readonly meta?: IssueMeta;
  /** The bulletin.yaml files that were read, farthest first. */
  readonly configFiles: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  /** Where the masthead's fields were written, in the layer that decided each. */
  readonly places?: MetaPlaces;
  /** The template the issue names, loaded (absent when it has errors). */
  readonly template?: LoadedTemplate;
}

interface Layer {
  readonly source: MetaSource;
  readonly values: MetaLayer;
  readonly fields: Readonly<Record<string, string>>;
}

const required = ['title', 'issue', 'date', 'sponsors'] as const;

/**
 * The one place issue metadata is decided (STYLE.md 7): template defaults ← every bulletin.yaml
 * from the project root down to the issue's folder ← the front matter ← overrides. Each layer is
 * validated on its own, so every error points at the file, line and column that holds the value.
 *
 * @param input The issue file, its front matter and the caller's overrides.
 * @returns The metadata (when there are no errors), the bulletin.yaml files used, and diagnostics.
 */
export async function resolveMeta(input: ResolveMetaInput): Promise<ResolvedMeta> {
  const diagnostics: Diagnostic[] = [];
  const configFiles = await findConfigFiles(path.dirname(input.file));
  const sources: MetaSource[] = [];
  let broken = input.frontMatterBroken ?? false;

  for (const configFile of configFiles) {
    const read = await readTextFile(configFile, 'config');
    diagnostics.push(...read.diagnostics);
    if (read.text === undefined) {
      broken = true;
      continue;
    }
    const parsed = parseYamlSource(read.text, { file: configFile, label: 'bulletin.yaml', firstLine: 1 });
    diagnostics.push(...parsed.diagnostics);
    if (parsed.source === undefined) broken = true;
    else sources.push(parsed.source);
  }

  const fm = input.frontMatter;
  if (fm !== undefined) {
    const where = { file: input.file, label: 'front matter', firstLine: fm.start.line + 1 };
    const parsed = parseYamlSource(fm.text, where);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.source === undefined) broken = true;
    else sources.push(parsed.source);
  }
  if (input.overrides !== undefined) sources.push(overrideSource(input.file, input.overrides));

  // The template is loaded first: the front-matter fields it declares are valid in every layer.
  const named = templateNamed(input.file, sources);
  const loaded = await loadTemplate(named.ref, named.at);
  diagnostics.push(...loaded.diagnostics);
  const template = loaded.loaded;
  const declared = template?.template.fields ?? {};

  const layers: Layer[] = [];
  const invalid = new Set<string>();
  for (const source of sources) {
    const result = validateLayer(source, template === undefined ? 'any' : Object.keys(declared));
    diagnostics.push(...result.diagnostics);
    for (const field of result.invalid) invalid.add(field);
    if (result.diagnostics.some((d) => d.rule === 'front-matter/not-a-mapping')) broken = true;
    layers.push({ source, values: result.layer, fields: result.fields });
  }

  const merged = mergeLayers(layers.map((l) => l.values));
  const fields: Record<string, string> = Object.assign({}, ...layers.map((l) => l.fields));
  // A broken layer may hold the missing field; saying so would only add noise to its error.
  // A template without a sponsors part (gongwen) does without them.
  const needsSponsors = template === undefined || template.template.masthead.parts.some((p) => p.kind === 'sponsors');
  if (!broken) diagnostics.push(...missingFields(input, merged, layers, invalid, needsSponsors));
  if (!broken && template !== undefined) diagnostics.push(...missingDeclared(input, template, merged, fields, invalid));
  const base = toIssueMeta(needsSponsors ? merged : { sponsors: [], ...merged });
  const meta = withFontPlaces(base && Object.keys(fields).length > 0 ? { ...base, fields } : base, layers);
  if (meta === undefined || template === undefined || diagnostics.some((d) => d.severity === 'error')) return { configFiles, diagnostics };
  return { meta, configFiles, diagnostics, places: metaPlaces(layers, meta), template };
}

/**
 * The template the layers name (the last that names one wins) and where: a folder is relative to
 * the file that names it. None named: jinqiao.
 */
function templateNamed(file: string, sources: readonly MetaSource[]): { ref: string; at: TemplatePlace } {
  for (let i = sources.length - 1; i >= 0; i--) {
    const source = sources[i];
    const data = source?.data;
    if (source === undefined || typeof data !== 'object' || data === null || !('template' in data)) continue;
    const ref = (data as { template?: unknown }).template;
    if (typeof ref !== 'string' || ref === '') continue;
    const at = source.locate(['template'], 'value');
    // Options come from the command line: a folder is relative to the issue's.
    return { ref, at: { file: source.label === 'option' ? file : source.file, line: at.line, column: at.column } };
  }
  return { ref: 'jinqiao', at: { file, line: 1, column: 1 } };
}

/** Fields the template declares required that no layer gives, reported at the issue's front matter. */
function missingDeclared(input: ResolveMetaInput, template: LoadedTemplate, merged: MetaLayer, fields: Readonly<Record<string, string>>, invalid: ReadonlySet<string>): Diagnostic[] {
  const at = input.frontMatter?.start ?? { line: 1, column: 1 };
  const given = merged as Readonly<Record<string, unknown>>;
  return Object.entries(template.template.fields ?? {})
    .filter(([name, spec]) => spec.required === true && !invalid.has(name) && fields[name] === undefined && given[name] === undefined)
    .map(([field, spec]) =>
      diagnostic(
        { file: input.file, ...at, severity: 'error', rule: 'front-matter/missing-field' },
        m('read.missing-field', { label: 'front matter', field }),
        m('template.declared-field-hint', { template: template.name, example: spec.example ?? `${field}: …` }),
      ),
    );
}

/** The place of each masthead field in the last layer that sets it (the one that wins). */
function metaPlaces(layers: readonly Layer[], meta: IssueMeta): MetaPlaces {
  const owner = (field: 'title' | 'issue' | 'sponsors' | 'distribution' | 'secretariat'): MetaSource | undefined =>
    [...layers].reverse().find((l) => l.values[field] !== undefined)?.source;
  const at = (source: MetaSource | undefined, path: MetaPath): MetaPlace | undefined =>
    source === undefined ? undefined : { file: source.file, ...source.locate(path, 'value') };
  const title = at(owner('title'), ['title']);
  const issue = at(owner('issue'), ['issue']);
  const sponsorSource = owner('sponsors');
  const sponsors = meta.sponsors.flatMap((_, i) => at(sponsorSource, ['sponsors', i]) ?? []);
  const colophon = at(owner('distribution'), ['distribution']) ?? at(owner('secretariat'), ['secretariat']);
  return { ...(title ? { title } : {}), ...(issue ? { issue } : {}), sponsors, ...(colophon ? { colophon } : {}) };
}

function missingFields(
  input: ResolveMetaInput,
  merged: MetaLayer,
  layers: readonly Layer[],
  invalid: ReadonlySet<string>,
  needsSponsors: boolean,
): Diagnostic[] {
  const at = input.frontMatter?.start ?? { line: 1, column: 1 };
  const found: Diagnostic[] = [];
  for (const field of required) {
    if (merged[field] !== undefined || invalid.has(field) || (field === 'sponsors' && !needsSponsors)) continue;
    found.push(
      diagnostic(
        { file: input.file, ...at, severity: 'error', rule: 'front-matter/missing-field' },
        m('read.missing-field', { label: 'front matter', field }),
        missingHint[field],
      ),
    );
  }
  if (merged.secretariat !== undefined && merged.secretariat.name === undefined && !invalid.has('secretariat.name')) {
    // Point at the nearest `secretariat:` key: that is the mapping the author is completing.
    const owner = [...layers].reverse().find((l) => l.values.secretariat !== undefined)?.source;
    found.push(
      diagnostic(
        { file: owner?.file ?? input.file, ...(owner?.locate(['secretariat'], 'key') ?? at), severity: 'error', rule: 'front-matter/missing-field' },
        m('read.missing-field', { label: owner?.label ?? 'front matter', field: 'secretariat.name' }),
        m('read.missing-secretariat-name-hint'),
      ),
    );
  }
  return found;
}

const missingHint: Record<(typeof required)[number], MessageRef> = {
  title: m('read.missing-title-hint'),
  sponsors: m('read.missing-sponsors-hint'),
  issue: m('read.missing-issue-hint'),
  date: m('read.missing-date-hint'),
};

function toIssueMeta(m: MetaLayer): IssueMeta | undefined {
  if (m.title === undefined || m.issue === undefined || m.date === undefined || m.sponsors === undefined) return undefined;
  const name = m.secretariat?.name;
  return {
    title: m.title,
    year: m.year ?? m.date.year,
    issue: m.issue,
    ...(m.serial === undefined ? {} : { serial: m.serial }),
    date: m.date,
    sponsors: m.sponsors,
    // An empty disclaimer switches off one inherited from bulletin.yaml.
    ...(m.disclaimer === undefined || m.disclaimer === '' ? {} : { disclaimer: m.disclaimer }),
    ...(m.secretariat === undefined || name === undefined ? {} : { secretariat: { ...compact(m.secretariat), name } }),
    ...(m.distribution === undefined ? {} : { distribution: compact(m.distribution) }),
    template: m.template ?? 'jinqiao',
    ...(m.fonts === undefined ? {} : { fonts: compact(m.fonts) }),
    ...(m.punctuation === undefined ? {} : { punctuation: m.punctuation }),
    numbering: m.numbering ?? true,
    ...(m.break === undefined ? {} : { break: m.break }),
    ...(m.site?.url === undefined ? {} : { siteUrl: m.site.url }),
  };
}

const FONT_ROLES = ['title', 'body', 'hei', 'kai', 'mono'] as const;

// A font that cannot be found is reported at the `fonts:` line that named it, in whichever layer won.
function withFontPlaces(meta: IssueMeta | undefined, layers: readonly Layer[]): IssueMeta | undefined {
  if (meta?.fonts === undefined) return meta;
  const at: Partial<Record<(typeof FONT_ROLES)[number], { file: string; line: number; column: number }>> = {};
  for (const role of FONT_ROLES) {
    const layer = [...layers].reverse().find((l) => l.values.fonts?.[role] !== undefined);
    if (layer) at[role] = { file: layer.source.file, ...layer.source.locate(['fonts', role], 'value') };
  }
  return Object.keys(at).length === 0 ? meta : { ...meta, fontsAt: at };
}

function overrideSource(file: string, overrides: MetaOverrides): MetaSource {
  // Overrides come from flags, not a file: point at the issue as a whole (line 0).
  return {
    file,
    label: 'option',
    data: overrides,
    locate: () => ({ line: 0, column: 0 }),
    sourceText: () => undefined,
  };
}
