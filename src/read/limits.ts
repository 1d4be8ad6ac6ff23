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
   * (it then holds about three copies and decodes in JavaScript: 128 MB of data took 9 s and
   * 600 MB on a busy 2-core machine; 64 MB half that). 16 megapixels of 8-bit RGBA fit
   * (4000 × 4000). Other PNGs are embedded as they are and have only the pixel limit.
   */
  pngDecodedBytes: 64 * 1024 * 1024,
  /**
   * Characters (UTF-16 units) of one issue's body, after its front matter: about 300 pages, far
   * beyond any bulletin, and what parsing and setting finish within 10 s of one core (300,000
   * characters of text dense with links and emphasis take about 9 s; plain paragraphs half that).
   */
  issueCharacters: 300_000,
  /**
   * Emphasis marks (`*`, `_`) and link brackets (`[`) of each kind in one paragraph. The Markdown
   * parser pairs them with a cost that grows faster than their number (50,000 `[` then 50,000 `]`
   * take 28 s, 30,000 `*a_` over a minute); 500 of each in every paragraph of the longest issue
   * set in about 7 s. A bulletin's paragraph has a handful.
   */
  marksPerParagraph: 500,
  /** Levels of block quotes, lists, emphasis and links inside each other. */
  nesting: 100,
} as const;
