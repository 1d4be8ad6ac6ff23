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
   * Bytes of a PNG's pixel data once inflated (rows with their filter bytes): what embedding a
   * PNG with transparency decodes in memory. 50 megapixels of 8-bit RGBA fit.
   */
  pngDataBytes: 200 * 1024 * 1024,
  /** Levels of block quotes, lists, emphasis and links inside each other. */
  nesting: 100,
} as const;
