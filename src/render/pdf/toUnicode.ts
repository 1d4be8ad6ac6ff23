/**
 * The ToUnicode CMap of a font drawn with 2-byte codes (Identity-H): what text each code shows,
 * so that a reader can copy and search it (PDF 32000-1 §9.10.3).
 *
 * Codes in a row are one `bfrange` entry each run (within one high byte of the code, as §9.10.3
 * asks): `<lo> <hi> <first>` when they show characters in a row too (digits, Latin letters; only
 * the last byte of the character is incremented, so it stays within one low byte), else
 * `<lo> <hi> [<text> <text> …]`. A code alone is a `bfchar` entry. embedFont.ts numbers the glyphs
 * 1, 2, 3…, so a whole font is a few array entries: one text after another.
 */

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

/** UTF-16BE hex of a string, with surrogate pairs for characters beyond the BMP (docs/layout.md D.2). */
function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/** The one UTF-16 code unit of `text` when it is a single BMP character that is not a surrogate, else undefined. */
function singleUnit(text: string): number | undefined {
  if (text.length !== 1) return undefined;
  const unit = text.charCodeAt(0);
  return unit >= 0xd800 && unit <= 0xdfff ? undefined : unit;
}

// A bfchar or bfrange block holds at most 100 entries (§9.10.3).
const BLOCK = 100;

function blocks(entries: readonly string[], kind: 'bfchar' | 'bfrange'): string[] {
  const out: string[] = [];
  for (let i = 0; i < entries.length; i += BLOCK) {
    const part = entries.slice(i, i + BLOCK);
    out.push(`${part.length} begin${kind}\n${part.join('\n')}\nend${kind}`);
  }
  return out;
}

/**
 * The text of a ToUnicode CMap.
 *
 * @param texts The text each code shows, by code (a glyph id); code 0 and empty texts are left out.
 * @returns The CMap program, to be written as a stream.
 */
export function toUnicodeCMap(texts: ReadonlyMap<number, string>): string {
  const codes = [...texts.keys()].filter((code) => code > 0 && code <= 0xffff && texts.get(code)).sort((a, b) => a - b);
  const chars: string[] = [];
  const ranges: string[] = [];
  for (let i = 0; i < codes.length; ) {
    const first = codes[i] as number;
    let length = 1;
    while (codes[i + length] === first + length && (first + length) >> 8 === first >> 8) length++;
    const run = codes.slice(i, i + length).map((code) => texts.get(code) as string);
    i += length;
    if (length === 1) {
      chars.push(`<${hex4(first)}> <${utf16Hex(run[0] as string)}>`);
      continue;
    }
    // Characters in a row, split where the low byte would wrap.
    const unit = singleUnit(run[0] as string);
    const inRow = unit !== undefined && run.every((text, k) => singleUnit(text) === unit + k) && (unit & 0xff) + length <= 0x100;
    if (inRow) ranges.push(`<${hex4(first)}> <${hex4(first + length - 1)}> <${hex4(unit)}>`);
    else ranges.push(`<${hex4(first)}> <${hex4(first + length - 1)}> [${run.map((text) => `<${utf16Hex(text)}>`).join(' ')}]`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${[...blocks(chars, 'bfchar'), ...blocks(ranges, 'bfrange')].join('\n')}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
}
