import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';

/** The exports of harfbuzz-subset.wasm that bulletin calls (harfbuzzjs 1.x, C ABI, 32-bit pointers). */
interface HarfBuzz {
  readonly memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

// hb-subset.h
const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;
const HB_SUBSET_FLAGS_NOTDEF_OUTLINE = 0x40;

function tag(name: string): number {
  return ((name.charCodeAt(0) << 24) | (name.charCodeAt(1) << 16) | (name.charCodeAt(2) << 8) | name.charCodeAt(3)) >>> 0;
}

// What a PDF's embedded program never uses: layout (the typesetter has placed every glyph),
// vertical metrics, colour, signatures and names other than what hb-subset keeps by default.
const PDF_DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'vhea', 'vmtx', 'VORG', 'DSIG', 'COLR', 'CPAL', 'SVG ', 'sbix', 'CBDT', 'CBLC', 'EBDT', 'EBLC', 'kern', 'morx', 'feat'];

let instance: HarfBuzz | undefined;

// V8 runs wasm first as Liftoff's quick code, then compiles the functions that ran the most again
// with its optimising compiler. A build subsets a few faces once, and that second compilation
// (about 25 ms of CPU on the reference's four faces) is not paid back before the process ends;
// measured over 24 issues' subsets in one process, Liftoff's code alone is as fast. So harfbuzz's
// functions are left on Liftoff until they have run a great deal: the budget is read when the
// module is made, and the flag is put back at once, to its exact default, because V8 refuses
// compiled code from a cache made under other flags (the engine's, src/cli/loadEngine.ts). The
// default is known for the V8 it was read from (`node --v8-options`); with any other V8, or a
// budget given on the command line, the flag is left alone.
const WASM_TIERING_BUDGET = 100_000_000;
const DEFAULT_TIERING_BUDGET: Readonly<Record<string, number>> = { '11.3': 1_800_000 };

function withTieringBudget<T>(make: () => T): T {
  const fallback = DEFAULT_TIERING_BUDGET[process.versions.v8.split('.').slice(0, 2).join('.')];
  const given = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((arg) => arg.includes('wasm-tiering-budget'));
  if (fallback === undefined || given) return make();
  setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
  try {
    return make();
  } finally {
    setFlagsFromString(`--wasm-tiering-budget=${fallback}`);
  }
}

/** harfbuzz's subsetter, compiled and started once per thread, on first use. */
function harfbuzz(): HarfBuzz {
  if (!instance) {
    const require = createRequire(import.meta.url);
    const bytes = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    instance = withTieringBudget(() => new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports as unknown as HarfBuzz);
    instance._initialize();
  }
  return instance;
}

/**
 * Runs hb-subset on one face: `configure` fills the subset input; the result is the subset font's
 * bytes, copied out of the wasm heap. Everything allocated in the heap is freed, whatever happens.
 */
function subset(face: Uint8Array, configure: (hb: HarfBuzz, input: number) => void): Uint8Array {
  const hb = harfbuzz();
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('hb-subset: out of memory');
  const data = hb.malloc(face.byteLength);
  let blob = 0;
  let source = 0;
  let result = 0;
  let bytes = 0;
  try {
    if (data === 0) throw new Error('hb-subset: out of memory');
    new Uint8Array(hb.memory.buffer).set(face, data);
    blob = hb.hb_blob_create(data, face.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    source = hb.hb_face_create(blob, 0);
    configure(hb, input);
    result = hb.hb_subset_or_fail(source, input);
    if (result === 0) throw new Error('hb-subset failed: the font cannot be subset');
    bytes = hb.hb_face_reference_blob(result);
    const length = hb.hb_blob_get_length(bytes);
    const at = hb.hb_blob_get_data(bytes, 0);
    if (length === 0) throw new Error('hb-subset gave an empty font');
    // The heap may have grown (and its buffer been replaced) while subsetting: view it afresh.
    return new Uint8Array(hb.memory.buffer, at, length).slice();
  } finally {
    if (bytes !== 0) hb.hb_blob_destroy(bytes);
    if (result !== 0) hb.hb_face_destroy(result);
    if (source !== 0) hb.hb_face_destroy(source);
    if (blob !== 0) hb.hb_blob_destroy(blob);
    hb.hb_subset_input_destroy(input);
    if (data !== 0) hb.free(data);
  }
}

/**
 * A subset of a face for a PDF: exactly the glyphs given (and the components of composite
 * TrueType glyphs). No layout tables; the .notdef outline kept, so a missing character shows as
 * the font's box, as before.
 *
 * @param face A standalone face (sfnt: TrueType or CFF-flavoured OpenType).
 * @param glyphs The glyph ids drawn.
 * @param retainGids Whether each glyph keeps its id (empty glyphs fill the gaps); otherwise the
 *   glyphs kept are numbered 0, 1, 2… in the order of their old ids.
 * @param alsoDropped Tables to leave out besides the layout and colour ones (optional).
 * @returns The subset font (sfnt).
 */
export function subsetGlyphs(face: Uint8Array, glyphs: Iterable<number>, retainGids: boolean, alsoDropped: readonly string[] = []): Uint8Array {
  return subset(face, (hb, input) => {
    const set = hb.hb_subset_input_glyph_set(input);
    hb.hb_set_add(set, 0);
    for (const gid of glyphs) hb.hb_set_add(set, gid);
    const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const name of [...PDF_DROPPED_TABLES, ...alsoDropped]) hb.hb_set_add(drop, tag(name));
    // Layout features are kept by default, and with them the glyphs they reach: keep none.
    hb.hb_set_clear(hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
    const flags = HB_SUBSET_FLAGS_NOTDEF_OUTLINE | (retainGids ? HB_SUBSET_FLAGS_RETAIN_GIDS : 0);
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | flags);
  });
}

// What a web page asks of a face beyond what a browser applies by default: the full-width forms
// of — · ⸺ (`font-variant-east-asian: full-width`, src/render/html/autospace.ts).
const PAGE_FEATURES = ['fwid'];

/**
 * A subset of a face for a web page: the characters of `text` and every glyph the layout
 * features a page can use reach from them. Those are hb-subset's default features (what browsers
 * apply by default: `locl`, `ccmp`, ligatures and kerning, the vertical forms, and the East Asian
 * spacing `halt`, `chws` that `text-spacing-trim` uses) and {@link PAGE_FEATURES}. A face's
 * other features (the Noto CJK faces' `hwid` and `pwid`; `aalt`, `jp78`, `trad`, stylistic
 * sets in others) would bring in alternate glyphs no page shows: keeping every feature made the
 * reference's subsets 3 % larger (4.7 KB) and took hb-subset about 40 % longer.
 *
 * @param face A standalone face (sfnt).
 * @param text The characters to keep.
 * @returns The subset font (sfnt).
 */
export function subsetText(face: Uint8Array, text: string): Uint8Array {
  return subset(face, (hb, input) => {
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of text) hb.hb_set_add(unicodes, ch.codePointAt(0) ?? 0);
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    for (const feature of PAGE_FEATURES) hb.hb_set_add(features, tag(feature));
  });
}
