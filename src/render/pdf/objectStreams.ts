import { deflateSync } from 'node:zlib';

/**
 * pdfkit writes every object as text and a classic cross-reference table (PDF 1.3 style). A PDF
 * 1.5+ file may instead keep its objects that are not streams in compressed object streams and
 * its cross-reference in a compressed stream (ISO 32000-1 §7.5.7, §7.5.8): a font's descriptor,
 * widths and dictionaries, the pages, outlines and structure tree then cost a few hundred bytes
 * deflated instead of several KB of text (about 4 KB of the reference's 165). PDF/A-2 allows
 * both; the XMP metadata, a stream, stays outside (uncompressed in PDF/A, renderPdf.ts).
 *
 * This rewrites pdfkit's finished output rather than its writer, so it depends only on the file
 * pdfkit writes (`N 0 obj` … `endobj`, found through its own xref table), not on its internals.
 */

// Objects per object stream: a reader decompresses a whole stream to reach one object (qpdf's choice too).
const OBJECTS_PER_STREAM = 100;

const latin1 = (bytes: Uint8Array, from = 0, to = bytes.byteLength): string => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');

/** One object of the file as pdfkit wrote it: its number and its bytes from `N 0 obj` to `endobj`. */
interface WrittenObject {
  readonly id: number;
  /** The object's value (without `N 0 obj` and `endobj`), when it is not a stream. */
  readonly value?: Uint8Array;
  /** The whole object (`N 0 obj` … `endobj\n`), when it is a stream. */
  readonly whole?: Uint8Array;
}

/** The parts of pdfkit's output the packer needs; undefined when the file is not laid out as pdfkit writes. */
function readPdfkitFile(pdf: Uint8Array): { header: Uint8Array; objects: WrittenObject[]; trailer: string } | undefined {
  const tail = latin1(pdf, Math.max(0, pdf.byteLength - 64));
  const start = /startxref\n(\d+)\n%%EOF\n?$/.exec(tail);
  if (!start) return undefined;
  const xrefAt = Number(start[1]);
  const rest = latin1(pdf, xrefAt);
  const table = /^xref\n0 (\d+)\n/.exec(rest);
  if (!table) return undefined;
  const size = Number(table[1]);
  const rows = rest.slice(table[0].length, table[0].length + 20 * size);
  const offsets: { id: number; at: number }[] = [];
  for (let id = 1; id < size; id++) {
    const row = rows.slice(20 * id, 20 * id + 20);
    if (!/^\d{10} 00000 n \n$/.test(row)) return undefined;
    offsets.push({ id, at: Number(row.slice(0, 10)) });
  }
  const trailerAt = rest.indexOf('trailer\n', table[0].length + 20 * size);
  if (trailerAt < 0) return undefined;
  const trailer = rest.slice(trailerAt + 8, rest.lastIndexOf('startxref'));
  const byOffset = [...offsets].sort((a, b) => a.at - b.at);
  const first = byOffset[0];
  if (!first) return undefined;
  const objects: WrittenObject[] = [];
  for (let i = 0; i < byOffset.length; i++) {
    const { id, at } = byOffset[i] as { id: number; at: number };
    const end = byOffset[i + 1]?.at ?? xrefAt;
    const opening = `${id} 0 obj\n`;
    if (latin1(pdf, at, at + opening.length) !== opening || latin1(pdf, end - 7, end) !== 'endobj\n') return undefined;
    // A stream's data may hold any bytes: a stream is recognised by how its object ends.
    if (latin1(pdf, end - 18, end) === '\nendstream\nendobj\n') objects.push({ id, whole: pdf.subarray(at, end) });
    else objects.push({ id, value: pdf.subarray(at + opening.length, end - 8) });
  }
  return { header: pdf.subarray(0, first.at), objects: objects.sort((a, b) => a.id - b.id), trailer };
}

/** The bytes of a number in `width` bytes, big-endian. */
function putInt(out: Uint8Array, at: number, value: number, width: number): void {
  for (let k = width - 1; k >= 0; k--) {
    out[at + k] = value & 0xff;
    value = Math.floor(value / 256);
  }
}

/** How many bytes a non-negative integer needs (at least one). */
function widthOf(max: number): number {
  let width = 1;
  while (max >= 256 ** width) width++;
  return width;
}

/**
 * The rows of a cross-reference stream, filtered with the PNG Up predictor (each row its
 * difference from the one above), which makes columns of growing offsets compress well.
 */
function xrefRows(entries: readonly (readonly [number, number, number])[], widths: readonly [number, number, number]): Uint8Array {
  const columns = widths[0] + widths[1] + widths[2];
  const plain = new Uint8Array(entries.length * columns);
  entries.forEach(([type, field2, field3], i) => {
    putInt(plain, i * columns, type, widths[0]);
    putInt(plain, i * columns + widths[0], field2, widths[1]);
    putInt(plain, i * columns + widths[0] + widths[1], field3, widths[2]);
  });
  const out = new Uint8Array(entries.length * (columns + 1));
  for (let i = 0; i < entries.length; i++) {
    out[i * (columns + 1)] = 2; // PNG filter type Up
    for (let c = 0; c < columns; c++) {
      const above = i === 0 ? 0 : (plain[(i - 1) * columns + c] ?? 0);
      out[i * (columns + 1) + 1 + c] = ((plain[i * columns + c] ?? 0) - above) & 0xff;
    }
  }
  return out;
}

/** A trailer entry's value as pdfkit wrote it (`/Root 3 0 R`, `/ID [<…> <…>]`), or undefined. */
function trailerEntry(trailer: string, key: string): string | undefined {
  return new RegExp(`/${key} (\\d+ 0 R|\\[[^\\]]*\\])`).exec(trailer)?.[1];
}

/**
 * A finished pdfkit PDF with its non-stream objects in object streams and a cross-reference
 * stream instead of the xref table and trailer: the same objects, numbers and content, fewer
 * bytes. A file that is not laid out as pdfkit writes it (or is encrypted) is returned as it is.
 *
 * @param pdf The bytes pdfkit wrote (PDF 1.5 or later).
 * @returns The packed file; deterministic, like its input.
 */
export function packObjectStreams(pdf: Buffer): Buffer {
  const file = readPdfkitFile(pdf);
  if (!file || /\/Encrypt\b/.test(file.trailer)) return pdf;
  const root = trailerEntry(file.trailer, 'Root');
  const info = trailerEntry(file.trailer, 'Info');
  const id = trailerEntry(file.trailer, 'ID');
  if (root === undefined) return pdf;
  const loose = file.objects.filter((o) => o.value);
  const streams = file.objects.filter((o) => o.whole);
  let next = file.objects.length + 1;
  const parts: Uint8Array[] = [file.header];
  let at = file.header.byteLength;
  const write = (bytes: Uint8Array | string): void => {
    const chunk = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
    parts.push(chunk);
    at += chunk.byteLength;
  };
  // type 1: at an offset; type 2: the index-th object of an object stream (§7.5.8.3).
  const entries: [number, number, number][] = [[0, 0, 65535]];
  for (const o of streams) {
    entries[o.id] = [1, at, 0];
    write(o.whole as Uint8Array);
  }
  for (let from = 0; from < loose.length; from += OBJECTS_PER_STREAM) {
    const group = loose.slice(from, from + OBJECTS_PER_STREAM);
    const streamId = next++;
    let offset = 0;
    const index: string[] = [];
    const bodies: Uint8Array[] = [];
    group.forEach((o, i) => {
      index.push(`${o.id} ${offset}`);
      const body = o.value as Uint8Array;
      bodies.push(body, Buffer.from('\n', 'latin1'));
      offset += body.byteLength + 1;
      entries[o.id] = [2, streamId, i];
    });
    const head = Buffer.from(`${index.join(' ')}\n`, 'latin1');
    const data = deflateSync(Buffer.concat([head, ...bodies]));
    entries[streamId] = [1, at, 0];
    write(`${streamId} 0 obj\n<<\n/Type /ObjStm\n/N ${group.length}\n/First ${head.byteLength}\n/Filter /FlateDecode\n/Length ${data.byteLength}\n>>\nstream\n`);
    write(data);
    write('\nendstream\nendobj\n');
  }
  const xrefId = next++;
  const xrefAt = at;
  entries[xrefId] = [1, xrefAt, 0];
  const filled = Array.from({ length: next }, (_, i) => entries[i] ?? ([0, 0, 0] as [number, number, number]));
  const widths: [number, number, number] = [1, widthOf(Math.max(...filled.map((e) => e[1]))), widthOf(Math.max(...filled.map((e) => e[2])))];
  const rows = deflateSync(xrefRows(filled, widths));
  const keys = [`/Root ${root}`, ...(info ? [`/Info ${info}`] : []), ...(id ? [`/ID ${id}`] : [])];
  write(
    `${xrefId} 0 obj\n<<\n/Type /XRef\n/Size ${next}\n/W [${widths.join(' ')}]\n${keys.join('\n')}\n/Filter /FlateDecode\n/DecodeParms <<\n/Predictor 12\n/Columns ${widths[0] + widths[1] + widths[2]}\n>>\n/Length ${rows.byteLength}\n>>\nstream\n`,
  );
  write(rows);
  write(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`);
  return Buffer.concat(parts);
}
