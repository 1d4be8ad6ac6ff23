import { isUtf8 } from 'node:buffer';

/** The encodings bulletin reads text files in, as messages name them. */
export type TextEncodingName = 'UTF-8' | 'UTF-16 LE' | 'UTF-16 BE' | 'GB18030';

/** Text decoded from a file's bytes. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** Bytes that are no text bulletin can read: where the first bad byte is. */
export interface UndecodableText {
  /** 1-based line of the bad byte, counting the lines before it. */
  readonly line: number;
  /** 1-based column of the bad byte, counting the characters before it on its line. */
  readonly column: number;
  /** Offset of the bad byte in the file. */
  readonly offset: number;
  /** The bad byte, e.g. `0xFF`. */
  readonly byte: string;
  /** The encoding the bytes were read as when they failed. */
  readonly encoding: TextEncodingName;
}

const utf8 = new TextDecoder('utf-8');

/**
 * Decodes a text file's bytes: UTF-8 when they are valid UTF-8 (a UTF-8 byte-order mark dropped),
 * else UTF-16 when they start with its byte-order mark, else GB18030 (which contains GBK and
 * GB2312: "ANSI" on Chinese Windows, what Notepad and WPS save by default) when they decode
 * without error and read as Chinese text. Anything else fails at its first byte that is not UTF-8.
 *
 * @param bytes The file's content.
 * @returns The text and its encoding, or where decoding failed.
 */
export function decodeText(bytes: Uint8Array): DecodedText | UndecodableText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'UTF-16 LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'UTF-16 BE');
  // isUtf8 is native and fast; the scan in JavaScript runs only to locate a bad byte.
  const bad = isUtf8(bytes) ? undefined : firstInvalidUtf8(bytes);
  if (bad === undefined) {
    const text = utf8.decode(bytes); // TextDecoder drops a leading BOM by itself.
    return { text, encoding: 'UTF-8' };
  }
  const chinese = decodeGb18030(bytes);
  if (chinese !== undefined) return { text: chinese, encoding: 'GB18030' };
  return undecodable(bytes, bad, 'UTF-8', (prefix) => utf8.decode(prefix));
}

/** True when {@link decodeText} failed. */
export function isUndecodable(result: DecodedText | UndecodableText): result is UndecodableText {
  return 'offset' in result;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16 LE' | 'UTF-16 BE'): DecodedText | UndecodableText {
  const little = encoding === 'UTF-16 LE';
  const unit = (i: number): number => (little ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  const decoder = new TextDecoder(little ? 'utf-16le' : 'utf-16be');
  const prefixText = (prefix: Uint8Array): string => decoder.decode(prefix);
  // A surrogate must pair with the one after it; an odd last byte is half a character.
  for (let i = 2; i < bytes.length; i += 2) {
    if (i + 1 >= bytes.length) return undecodable(bytes, i, encoding, prefixText);
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < bytes.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return undecodable(bytes, i, encoding, prefixText);
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      return undecodable(bytes, i, encoding, prefixText);
    }
  }
  return { text: decoder.decode(bytes), encoding };
}

function decodeGb18030(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return looksChinese(text) ? text : undefined;
}

// Most byte strings that are not UTF-8 also decode as GB18030 (it maps nearly every pair of high
// bytes to some character), so a Latin-1 or binary file would come out as nonsense. Chinese prose
// is mostly common Han, CJK punctuation and full-width forms; nonsense is not, and holds C1
// controls or private-use characters, which no Chinese text does.
function looksChinese(text: string): boolean {
  let other = 0;
  let chinese = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c <= 0x9f || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd) return false;
    if (
      (c >= 0x4e00 && c <= 0x9fff) || // CJK Unified Ideographs
      (c >= 0x3000 && c <= 0x303f) || // CJK Symbols and Punctuation
      (c >= 0xff00 && c <= 0xffef) || // Halfwidth and Fullwidth Forms
      (c >= 0x2010 && c <= 0x206f) || // General Punctuation: “” ‘’ …… ——
      (c >= 0x2460 && c <= 0x24ff) || // Enclosed Alphanumerics: ① ⑴ ⒈
      c === 0xb7
    )
      chinese++;
    else other++;
  }
  return chinese > 0 && chinese >= 4 * other;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return undefined;
}

function undecodable(
  bytes: Uint8Array,
  offset: number,
  encoding: TextEncodingName,
  decodePrefix: (prefix: Uint8Array) => string,
): UndecodableText {
  let line = 1;
  let lineStart = encoding === 'UTF-8' ? 0 : 2;
  const step = encoding === 'UTF-8' ? 1 : 2;
  for (let i = lineStart; i < offset; i += step) {
    const isNewline =
      encoding === 'UTF-16 LE' ? bytes[i] === 0x0a && bytes[i + 1] === 0 : encoding === 'UTF-16 BE' ? bytes[i] === 0 && bytes[i + 1] === 0x0a : bytes[i] === 0x0a;
    if (isNewline) {
      line++;
      lineStart = i + step;
    }
  }
  const before = decodePrefix(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, '');
  const byte = `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
  return { line, column: before.length + 1, offset, byte, encoding };
}
