import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// Reads what a tagged PDF holds from the file itself: the objects with qpdf --json (catalogue,
// structure tree, output intents), the text of each marked-content sequence with pdfjs-dist,
// which names a sequence `p<page object>R_mc<MCID>`.

const run = promisify(execFile);

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
type JsonDict = { [key: string]: JsonValue };

/** The PDF's objects as qpdf's JSON (version 2) gives them: `"12 0 R"` → its value or stream dictionary. */
export interface PdfObjects {
  readonly get: (ref: JsonValue | undefined) => JsonDict | undefined;
  /** A value, looked up when it is a reference (`"33 0 R"`). */
  readonly value: (v: JsonValue | undefined) => JsonValue | undefined;
  readonly trailer: JsonDict;
  readonly catalog: JsonDict;
}

/** A structure element, its own text (its marked content, in order) and its children. */
export interface StructElement {
  readonly role: string;
  readonly alt?: string;
  /** A table header cell's /A /Scope. */
  readonly scope?: string;
  /** Everything the element and its descendants hold, in reading order. */
  readonly text: string;
  readonly children: readonly StructElement[];
  /** Objects the element owns (OBJR: a link's annotation), with the object number of their page. */
  readonly objects: readonly { readonly obj: string; readonly page: string }[];
}

function isDict(v: JsonValue | undefined): v is JsonDict {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A qpdf JSON string (`u:text`) or name (`/Name`) as text. */
export function jsonText(v: JsonValue | undefined): string | undefined {
  if (typeof v !== 'string') return undefined;
  if (v.startsWith('u:')) return v.slice(2);
  if (v.startsWith('/')) return v.slice(1);
  return v;
}

export async function readObjects(file: string): Promise<PdfObjects> {
  const { stdout } = await run('qpdf', ['--json=2', '--json-key=qpdf', file], { maxBuffer: 256 * 1024 * 1024 });
  const objects = (JSON.parse(stdout) as { qpdf: [unknown, Record<string, { value?: JsonValue; stream?: { dict: JsonDict } }>] }).qpdf[1];
  const get = (ref: JsonValue | undefined): JsonDict | undefined => {
    if (isDict(ref)) return ref;
    if (typeof ref !== 'string') return undefined;
    const entry = objects[`obj:${ref}`];
    const value = entry?.value ?? entry?.stream?.dict;
    return isDict(value) ? value : undefined;
  };
  const value = (v: JsonValue | undefined): JsonValue | undefined =>
    typeof v === 'string' && /^\d+ \d+ R$/.test(v) ? (objects[`obj:${v}`]?.value ?? objects[`obj:${v}`]?.stream?.dict) : v;
  const trailer = objects['trailer']?.value;
  if (!isDict(trailer)) throw new Error('no trailer');
  const catalog = get(trailer['/Root']);
  if (!catalog) throw new Error('no catalogue');
  return { get, value, trailer, catalog };
}

/** The text of every marked-content sequence with an MCID, by `<page object number>:<MCID>`. */
async function markedText(bytes: Uint8Array): Promise<Map<string, string>> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  const texts = new Map<string, string>();
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const open: (string | undefined)[] = [];
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
            const match = typeof item.id === 'string' ? /^p(\d+)R_mc(\d+)$/.exec(item.id) : null;
            open.push(match ? `${match[1]}:${match[2]}` : undefined);
          } else if (item.type === 'endMarkedContent') open.pop();
          continue;
        }
        const key = open.at(-1);
        if (key !== undefined) texts.set(key, (texts.get(key) ?? '') + item.str);
      }
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return texts;
}

/** The structure tree from the StructTreeRoot down, with the text of each element. */
export async function readStructTree(file: string, bytes: Uint8Array): Promise<{ objects: PdfObjects; root: StructElement }> {
  const objects = await readObjects(file);
  const texts = await markedText(bytes);
  const pageNumber = (ref: JsonValue | undefined): string => (typeof ref === 'string' ? (ref.split(' ')[0] ?? '') : '');
  const element = (dict: JsonDict, inheritedPage: string): StructElement => {
    const page = dict['/Pg'] !== undefined ? pageNumber(dict['/Pg']) : inheritedPage;
    const kids = dict['/K'];
    const list = Array.isArray(kids) ? kids : kids === undefined ? [] : [kids];
    const children: StructElement[] = [];
    const owned: { obj: string; page: string }[] = [];
    let text = '';
    for (const kid of list) {
      if (typeof kid === 'number') {
        text += texts.get(`${page}:${kid}`) ?? '';
        continue;
      }
      const child = objects.get(kid);
      if (!child) continue;
      if (child['/Type'] === '/MCR') {
        text += texts.get(`${pageNumber(child['/Pg'] ?? null) || page}:${String(child['/MCID'])}`) ?? '';
        continue;
      }
      if (child['/Type'] === '/OBJR') {
        owned.push({ obj: String(child['/Obj']), page: child['/Pg'] !== undefined ? pageNumber(child['/Pg']) : page });
        continue;
      }
      const sub = element(child, page);
      children.push(sub);
      text += sub.text;
    }
    const attributes = objects.get(dict['/A']);
    const alt = jsonText(dict['/Alt']);
    const scope = jsonText(attributes?.['/Scope']);
    return { role: jsonText(dict['/S']) ?? '', ...(alt !== undefined ? { alt } : {}), ...(scope !== undefined ? { scope } : {}), text, children, objects: owned };
  };
  const rootDict = objects.get(objects.catalog['/StructTreeRoot']);
  if (!rootDict) throw new Error('no StructTreeRoot');
  return { objects, root: element({ ...rootDict, '/S': '/StructTreeRoot' }, '') };
}

/** Every element of a role, in reading order. */
export function elementsOf(root: StructElement, role: string): StructElement[] {
  const out: StructElement[] = [];
  const walk = (e: StructElement): void => {
    if (e.role === role) out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** The filtered bytes of a stream object. */
export async function streamBytes(file: string, ref: string): Promise<Buffer> {
  const { stdout } = await run('qpdf', [`--show-object=${ref.split(' ')[0] ?? ref}`, '--filtered-stream-data', file], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}
