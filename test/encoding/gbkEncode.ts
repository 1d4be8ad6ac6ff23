// Node decodes GB18030 but has no encoder for it. GBK is its two-byte part: decoding every
// two-byte sequence once gives the table back to front, enough to write test files as Notepad's
// "ANSI" on Chinese Windows does.

let table: Map<string, readonly [number, number]> | undefined;

function gbkTable(): Map<string, readonly [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

/**
 * Text as GBK bytes.
 *
 * @throws When a character has no GBK code (it would need GB18030's four-byte form).
 */
export function gbkEncode(text: string): Uint8Array {
  const codes = gbkTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = codes.get(char);
    if (!pair) throw new Error(`no GBK code for ${char} (U+${code.toString(16).toUpperCase()})`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}

/** Text as UTF-16 with its byte-order mark, little- or big-endian. */
export function utf16Encode(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), endian === 'le');
  return bytes;
}
