/** A number as a content stream writes it: rounded to 3 decimals. */
export function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** A number for a content stream: at most 3 decimals, no exponent, no trailing zeros. */
export function num(v: number): string {
  const r = round(v);
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * A literal string of 2-byte codes, as the latin1 characters of its bytes: half the size of a hex
 * string, and 7 % smaller deflated on the reference (issue 13). `(`, `)` and `\` are escaped, and CR too,
 * which a reader would take for an end of line, read as LF (PDF 32000-1 §7.3.4.2).
 */
export function codeString(codes: readonly number[]): string {
  let out = '(';
  for (const code of codes) out += codeByte(code >> 8) + codeByte(code & 0xff);
  return `${out})`;
}

function codeByte(byte: number): string {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  return byte === 0x0d ? '\\r' : String.fromCharCode(byte);
}

/** A line of text to show, its operators and operands as the content stream writes them. */
export interface ShownLine {
  /** Where the line starts, in the page's coordinates. */
  readonly x: number;
  readonly y: number;
  /** The fill colour operator (`0 0 0 1 k`). */
  readonly fill: string;
  /** Faces without a bold are filled and stroked (optional): the stroke colour and line width operators. */
  readonly bold?: { readonly stroke: string; readonly width: string };
  /** The font operator (`/F2 12 Tf`). */
  readonly font: string;
  /** The TJ array's operands. */
  readonly shown: string;
}

/** What a content stream has set that text uses (PDF 32000-1 §8.4, §9.3), as written; undefined until set. */
interface TextState {
  fill?: string;
  stroke?: string;
  width?: string;
  /** The text rendering mode: 0 fill, 2 fill and stroke. */
  mode?: 0 | 2;
  font?: string;
}

/**
 * Writes lines of text into a page's content stream with few operators (issue 13). Colour, line
 * width, font and rendering mode belong to the graphics state and outlast a text object (PDF
 * 32000-1 §9.3.1), so each is written only when it changes; lines in a row share one text object
 * (BT … ET), each placed by its offset from the line before (Td), until {@link end}.
 */
export class TextObjects {
  private state: TextState = {};
  /** The start of the last line of the open text object, as written; undefined if none is open. */
  private line: { x: number; y: number } | undefined;

  /** @param write Adds one line to the content stream. */
  constructor(private readonly write: (line: string) => void) {}

  /** Forgets what was set: call when a content stream (page) ends, before the next begins. */
  reset(): void {
    this.state = {};
    this.line = undefined;
  }

  show(line: ShownLine): void {
    const ops: string[] = [];
    if (this.line === undefined) ops.push('BT');
    const state = this.state;
    if (state.fill !== line.fill) ops.push((state.fill = line.fill));
    if (line.bold) {
      if (state.stroke !== line.bold.stroke) ops.push((state.stroke = line.bold.stroke));
      if (state.width !== line.bold.width) ops.push((state.width = line.bold.width));
      if (state.mode !== 2) ops.push(`${(state.mode = 2)} Tr`);
    } else if (state.mode === 2) {
      // Else the text after a bold heading would be stroked too.
      ops.push(`${(state.mode = 0)} Tr`);
    }
    if (state.font !== line.font) ops.push((state.font = line.font));
    // Td moves from the start of the line before (from the origin in a new text object), by the
    // difference of the positions as written, so no rounding adds up along a page.
    const x = round(line.x);
    const y = round(line.y);
    ops.push(`${num(x - (this.line?.x ?? 0))} ${num(y - (this.line?.y ?? 0))} Td`);
    this.line = { x, y };
    this.write(`${ops.join(' ')} [${line.shown}] TJ`);
  }

  /** Closes the open text object, if any: before other content, a marked-content operator, or the end of the page. */
  end(): void {
    if (this.line === undefined) return;
    this.line = undefined;
    this.write('ET');
  }
}
