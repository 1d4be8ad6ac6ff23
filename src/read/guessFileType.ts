// Signatures of files people put in Markdown image links that bulletin cannot embed, so the
// error can say what the file is instead of only what it is not. PDF pages take JPEG (DCTDecode)
// and PNG-derived (Flate) images; everything else would have to be converted.
const signatures: readonly { readonly test: (b: Uint8Array) => boolean; readonly name: string }[] = [
  { test: (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a', name: 'a GIF image' },
  { test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP', name: 'a WebP image' },
  // BMP's reserved bytes 6–9 are zero; checking them keeps a text file starting "BM" a text file.
  { test: (b) => ascii(b, 0, 2) === 'BM' && b.length > 10 && [6, 7, 8, 9].every((i) => b[i] === 0), name: 'a BMP image' },
  { test: (b) => ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*', name: 'a TIFF image' },
  { test: (b) => ascii(b, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(b, 8, 12)), name: 'an AVIF image' },
  { test: (b) => ascii(b, 4, 8) === 'ftyp' && ['heic', 'heix', 'mif1', 'msf1'].includes(ascii(b, 8, 12)), name: 'a HEIC image' },
  { test: (b) => ascii(b, 0, 5) === '%PDF-', name: 'a PDF document' },
  { test: (b) => ascii(b, 0, 4) === 'PK\x03\x04', name: 'a ZIP archive (a Word or PowerPoint file?)' },
  // SVG is text: look for the root element near the start, after any XML declaration or comment.
  { test: (b) => /<svg[\s>]/.test(new TextDecoder().decode(b.subarray(0, 4096))), name: 'an SVG drawing' },
];

/**
 * What a file that is neither JPEG nor PNG seems to be, from its first bytes.
 *
 * @param bytes The start of the file.
 * @returns A phrase such as `a GIF image` or `a text file`, or `undefined` when unknown.
 */
export function guessFileType(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'an empty file';
  const known = signatures.find((s) => s.test(bytes));
  if (known !== undefined) return known.name;
  return isText(bytes) ? 'a text file' : undefined;
}

/** Valid UTF-8 without control characters other than tab, newline and carriage return. */
function isText(bytes: Uint8Array): boolean {
  // The start may cut a multi-byte character in two; drop up to three bytes at the end.
  for (let cut = 0; cut < 4 && cut < bytes.length; cut++) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, 4096) - cut));
      return !/[\0-\x08\x0B\x0C\x0E-\x1F]/.test(text);
    } catch {
      // Try again with one byte fewer.
    }
  }
  return false;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}
