/**
 * The ToUnicode CMap of a font drawn with 2-byte codes (Identity-H): what text each code shows,
 * so that a reader can copy and search it (PDF 32000-1 §9.10.3).
 *
 * Codes in a row that show characters in a row (digits, Latin letters, a font's runs of
 * punctuation) are written as one `bfrange` entry instead of one `bfchar` entry each. A range
 * stays within one high byte of the code and one low byte of the character, as §9.10.3 asks
 * (only the last byte is incremented).
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
  const codes = [...texts.keys()].filter((code) => code > 0 && texts.get(code)).sort((a, b) => a - b);
  const chars: string[] = [];
  const ranges: string[] = [];
  for (let i = 0; i < codes.length; ) {
    const first = codes[i] as number;
    const text = texts.get(first) as string;
    const unit = singleUnit(text);
    let length = 1;
    if (unit !== undefined) {
      for (;;) {
        const code = codes[i + length];
        if (code !== first + length || code >> 8 !== first >> 8 || ((unit + length) & 0xff) === 0) break;
        if (singleUnit(texts.get(code) ?? '') !== unit + length) break;
        length++;
      }
    }
    if (length > 1) ranges.push(`<${hex4(first)}> <${hex4(first + length - 1)}> <${hex4(unit as number)}>`);
    else chars.push(`<${hex4(first)}> <${utf16Hex(text)}>`);
    i += length;
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
