import { archive as archiveEn } from './en/archive.js';
import { cli as cliEn } from './en/cli.js';
import { archive as archiveZh } from './zh/archive.js';
import { cli as cliZh } from './zh/cli.js';
import { encoding as encodingEn } from './en/encoding.js';
import { encoding as encodingZh } from './zh/encoding.js';
import { faults as faultsEn } from './en/faults.js';
import { faults as faultsZh } from './zh/faults.js';
import { fonts as fontsEn } from './en/fonts.js';
import { fonts as fontsZh } from './zh/fonts.js';
import { limits as limitsEn } from './en/limits.js';
import { limits as limitsZh } from './zh/limits.js';
import { linear as linearEn } from './en/linear.js';
import { linear as linearZh } from './zh/linear.js';
import { shaper as shaperEn } from './en/shaper.js';
import { shaper as shaperZh } from './zh/shaper.js';
import { diagnostics as diagnosticsEn } from './en/diagnostics.js';
import { diagnostics as diagnosticsZh } from './zh/diagnostics.js';
import { read as readEn } from './en/read.js';
import { read as readZh } from './zh/read.js';
import { typeset as typesetEn } from './en/typeset.js';
import { typeset as typesetZh } from './zh/typeset.js';
import { glyphs as glyphsEn } from './en/glyphs.js';
import { glyphs as glyphsZh } from './zh/glyphs.js';
import { check as checkEn } from './en/check.js';
import { check as checkZh } from './zh/check.js';
import { batch as batchEn } from './en/batch.js';
import { batch as batchZh } from './zh/batch.js';
import { template as templateEn } from './en/template.js';
import { template as templateZh } from './zh/template.js';
import { pdfa as pdfaEn } from './en/pdfa.js';
import { pdfa as pdfaZh } from './zh/pdfa.js';
import { perf as perfEn } from './en/perf.js';
import { perf as perfZh } from './zh/perf.js';
import { templates as templatesEn } from './en/templates.js';
import { templates as templatesZh } from './zh/templates.js';
import { volume as volumeEn } from './en/volume.js';
import { volume as volumeZh } from './zh/volume.js';
import { site as siteEn } from './en/site.js';
import { site as siteZh } from './zh/site.js';
import { escapeControls } from '../diagnostics/escapeControls.js';
import { currentLanguage, type Language } from './language.js';

// One catalogue per language with the same keys; each area of the program keeps its messages in a
// file of its own (en/AREA.ts, zh/AREA.ts), so that the Chinese file is typed by the English one
// and a key or parameter missing from either is a type error.
const english = () => ({
  ...diagnosticsEn,
  ...cliEn,
  ...archiveEn,
  ...fontsEn,
  ...limitsEn,
  ...faultsEn,
  ...linearEn,
  ...shaperEn,
  ...readEn,
  ...typesetEn,
  ...glyphsEn,
  ...checkEn,
  ...batchEn,
  ...pdfaEn,
  ...encodingEn,
  ...templateEn,
  ...perfEn,
  ...templatesEn,
  ...volumeEn,
  ...siteEn,
});

/** Every message of one language, by key. */
type Catalogue = ReturnType<typeof english>;

const chinese = (): Catalogue => ({
  ...diagnosticsZh,
  ...cliZh,
  ...archiveZh,
  ...fontsZh,
  ...limitsZh,
  ...faultsZh,
  ...linearZh,
  ...shaperZh,
  ...readZh,
  ...typesetZh,
  ...glyphsZh,
  ...checkZh,
  ...batchZh,
  ...pdfaZh,
  ...encodingZh,
  ...templateZh,
  ...perfZh,
  ...templatesZh,
  ...volumeZh,
  ...siteZh,
});

const made: Partial<Record<Language, Catalogue>> = {};

/**
 * Every message, by language. Each catalogue is put together when first asked for: copying its
 * thousand-odd messages into one object is a measurable part of a start, and a run speaks one language.
 */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = {
  get en() {
    return (made.en ??= english());
  },
  get zh() {
    return (made.zh ??= chinese());
  },
};

/** A message's name in the catalogues, e.g. `cli.run-help`. */
export type MessageKey = keyof Catalogue;

/** Whether `key` names a message of this version (every language has the same keys). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(CATALOGUES[currentLanguage()], key);
}

/** The parameters a message takes (none, or one object). */
export type MessageArgs<K extends MessageKey> = Parameters<Catalogue[K]>;

/** Plain values a message can take, so a message crosses worker threads and JSON unchanged. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message not yet put into words: rendered in the reader's language when printed. */
export interface MessageRef {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** A reference to the message `key` with its parameters. */
export function msg<K extends MessageKey>(key: K, ...args: MessageArgs<K>): MessageRef {
  const params = args[0] as MessageParams | undefined;
  return params === undefined ? { key } : { key, params };
}

/** The message `ref` in `language` (by default the one the CLI set). */
export function render(ref: MessageRef, language: Language = currentLanguage()): string {
  const entry = CATALOGUES[language][ref.key] as (p: MessageParams | undefined) => string;
  return entry(ref.params);
}

/** The message `key` in the current language: for what the CLI prints that is not a diagnostic. */
export function t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
  const ref = msg(key, ...args);
  // A file name or a value quoted from the input can hold escape sequences: never print them raw.
  const params = ref.params && Object.fromEntries(Object.entries(ref.params).map(([name, v]) => [name, typeof v === 'string' ? escapeControls(v) : v]));
  return render(params ? { key: ref.key, params } : ref);
}
