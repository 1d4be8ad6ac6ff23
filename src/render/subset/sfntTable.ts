import { sfntTables } from './sfntFace.js';

/**
 * A copy of the 'CFF ' table of a CFF-flavoured OpenType font.
 *
 * @throws {Error} When the font has none.
 */
export function cffTableOf(font: Uint8Array): Uint8Array {
  const found = sfntTables(new DataView(font.buffer, font.byteOffset, font.byteLength)).get('CFF ');
  if (!found) throw new Error('font has no CFF table');
  return font.slice(found[0], found[0] + found[1]);
}
