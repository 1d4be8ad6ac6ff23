/**
 * The documented limits on input (README, "Limits"). Each is checked before the work it bounds,
 * so an oversized or hostile file is refused at its place instead of exhausting time or memory.
 */
export const LIMITS = {
  /** Bytes of one picture file: enough for a 50-megapixel photo, small enough to read whole. */
  imageBytes: 20 * 1024 * 1024,
  /** Pixels of one picture (width × height), as its header gives them. */
  imagePixels: 50_000_000,
  /**
   * Bytes of a PNG's pixel data once inflated (rows with their filter bytes), for the PNGs pdfkit
   * decodes in memory to embed them: with an alpha channel, a transparent palette or interlacing
   * (it then holds about three copies: 128 MB of data peaks near 600 MB). 33 megapixels of 8-bit
   * RGBA fit. Other PNGs are embedded as they are and have only the pixel limit.
   */
  pngDecodedBytes: 128 * 1024 * 1024,
  /** Levels of block quotes, lists, emphasis and links inside each other. */
  nesting: 100,
} as const;
