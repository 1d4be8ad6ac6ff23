/** Messages about the limits on input: picture files, nesting depth, link targets. */
export const limits = {
  'limits.blocks-too-deep': (p: { limit: number }) => `block quotes and lists are nested more than ${p.limit} levels deep here`,
  'limits.inlines-too-deep': (p: { limit: number }) => `emphasis, strikethrough and links are nested more than ${p.limit} levels deep here`,
  'limits.indent-too-deep': (p: { limit: number }) =>
    `block quotes and lists are nested too deeply here (more than ${p.limit} levels; 2 columns of indentation count as one level)`,
  'limits.emphasis-run': (p: { limit: number }) => `emphasis marks are nested more than ${p.limit} levels deep here`,
  'limits.issue-too-long': (p: { limit: number }) =>
    `the issue passes ${p.limit.toLocaleString('en')} characters here, more than bulletin sets in one issue`,
  'limits.issue-too-long-hint': () => 'split it into several issues, or move long appendices into files of their own',
  'limits.too-many-marks': (p: { mark: string; limit: number }) =>
    `this paragraph has more than ${p.limit} "${p.mark}" marks, more than bulletin reads in one paragraph`,
  'limits.too-many-marks-hint': () => 'split the paragraph with blank lines, or put such text in a code block (``` lines before and after it)',
  'limits.nesting-hint': () => 'flatten the structure: a bulletin rarely needs more than three levels',
  'limits.image-special': (p: { name: string }) => `image "${p.name}" is not a regular file (a device, a pipe or a socket)`,
  'limits.image-special-hint': () => 'name a JPEG or PNG file saved on disk',
  'limits.image-bytes': (p: { name: string; megabytes: number; limit: number }) =>
    `image "${p.name}" is ${p.megabytes} MB; a picture may be at most ${p.limit} MB`,
  'limits.image-bytes-hint': () => 'save it smaller: a figure needs at most about 2,000 pixels across (a JPEG of 1–3 MB)',
  'limits.image-pixels': (p: { name: string; width: number; height: number; megapixels: number; limit: number }) =>
    `image "${p.name}" is ${p.width} × ${p.height} pixels (${p.megapixels} megapixels); a picture may have at most ${p.limit} megapixels`,
  'limits.png-data-bytes': (p: { name: string; megabytes: number; limit: number }) =>
    `image "${p.name}" would take ${p.megabytes} MB of memory once decoded; a PNG with transparency or interlacing may take at most ${p.limit} MB`,
  'limits.image-pixels-hint': () => 'scale it down: a figure needs at most about 2,000 pixels across',
  'limits.image-damaged-hint': () => 'the file is damaged or incomplete: copy it again, or open it in an image editor and save it again as JPEG or PNG',
  'limits.image-unsupported-hint': () => 'open it in an image editor and save it again as an ordinary JPEG or an 8-bit PNG',
  'limits.png-truncated': (p: { name: string; offset: number }) => `image "${p.name}" is a damaged PNG file: it ends in the middle of a chunk (byte ${p.offset})`,
  'limits.png-chunk': (p: { name: string; offset: number }) => `image "${p.name}" is a damaged PNG file: byte ${p.offset} should start a chunk`,
  'limits.png-crc': (p: { name: string; chunk: string; offset: number }) =>
    `image "${p.name}" is a damaged PNG file: its ${p.chunk} chunk (byte ${p.offset}) fails its checksum`,
  'limits.png-order': (p: { name: string; chunk: string }) => `image "${p.name}" is a damaged PNG file: its ${p.chunk} chunk is missing, repeated or out of place`,
  'limits.png-missing': (p: { name: string; chunk: string }) => `image "${p.name}" is a damaged PNG file: it has no ${p.chunk} chunk`,
  'limits.png-header': (p: { name: string; bits: number; type: number }) =>
    `image "${p.name}" is a damaged PNG file: its header is invalid (bit depth ${p.bits}, colour type ${p.type})`,
  'limits.png-unsupported': (p: { name: string; bits: number }) =>
    `image "${p.name}" is an interlaced or transparent PNG with ${p.bits}-bit pixels, which bulletin cannot embed`,
  'limits.png-data-short': (p: { name: string }) => `image "${p.name}" is a damaged PNG file: its pixel data is cut short`,
  'limits.png-data-long': (p: { name: string }) => `image "${p.name}" is a damaged PNG file: its pixel data is larger than its header says`,
  'limits.png-data-corrupt': (p: { name: string }) => `image "${p.name}" is a damaged PNG file: its pixel data cannot be decompressed`,
  'limits.jpeg-truncated': (p: { name: string }) => `image "${p.name}" is a damaged JPEG file: it is cut short`,
  'limits.jpeg-marker': (p: { name: string; offset: number }) => `image "${p.name}" is a damaged JPEG file: its structure is broken at byte ${p.offset}`,
  'limits.jpeg-no-scan': (p: { name: string }) => `image "${p.name}" is a damaged JPEG file: it holds no image data`,
  'limits.jpeg-unsupported': (p: { name: string; bits: number; components: number }) =>
    `image "${p.name}" is a kind of JPEG a PDF cannot show (${p.bits}-bit samples, ${p.components} colour components, or lossless or arithmetic coding)`,
  'limits.image-changed': (p: { name: string }) => `image "${p.name}" changed while the issue was being built, and cannot be used now`,
  'limits.image-changed-hint': () => 'build again once the picture is saved',
  'limits.link-unsafe': (p: { scheme: string }) => `the link to a "${p.scheme}:" address is left out, its text kept: links may only lead to web, mail or relative addresses`,
  'limits.link-unsafe-hint': () => 'write a web address (https://…) or a mail address (mailto:…), or remove the link',
} satisfies Record<string, (p: never) => string>;
