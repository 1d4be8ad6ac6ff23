import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/index.js';
import { codeString } from '../../src/render/pdf/textObjects.js';
import { tempProjects } from '../e2e/projects.js';
import { referenceIssue } from '../e2e/reference.js';

// The painter writes the glyphs between two TJ offsets as one string (issue 13): a line of
// Han text set on the grid needs no offset at all, and one string per glyph made the content
// streams a third longer. Lines share a text object and the state they set (textObjects.ts).
// The text and positions read back are checked by test/e2e.

const project = tempProjects();

/** The content streams of the PDF built from `file`. */
async function builtStreams(file: string): Promise<string[]> {
  const outDir = await project('glyph-runs');
  const result = await buildIssue(file, { outDir, systemFontDirs: [] });
  if (!result.output) throw new Error(`build failed: ${JSON.stringify(result.diagnostics)}`);
  return textStreams(await readFile(result.output));
}

/** The decompressed streams of a PDF that hold text (BT … ET). */
function textStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  const text = pdf.toString('latin1');
  const stream = /\/Filter \/FlateDecode[^]*?>>\nstream\n/g;
  for (let m = stream.exec(text); m; m = stream.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('\nendstream', start);
    try {
      const content = inflateSync(pdf.subarray(start, end)).toString('latin1');
      if (content.includes('] TJ')) out.push(content);
    } catch {
      // A font program or a picture: not content.
    }
  }
  return out;
}

/** An operator of a content stream and its operands: numbers, names, strings (their bytes, as latin1) and arrays. */
interface Operation {
  readonly op: string;
  readonly operands: readonly Operand[];
}
type Operand = number | string | { readonly name: string } | readonly Operand[];

/**
 * Reads a content stream into operations: enough of PDF 32000-1 §7.2–7.3 for what the painter
 * and pdfkit write (a glyph string may hold any byte, a newline or `]` among them).
 */
function operations(stream: string): Operation[] {
  const out: Operation[] = [];
  const stack: Operand[][] = [[]];
  let i = 0;
  const top = (): Operand[] => stack.at(-1) as Operand[];
  while (i < stream.length) {
    const c = stream[i] as string;
    if (/\s/.test(c)) i++;
    else if (c === '(') {
      let depth = 0;
      let bytes = '';
      for (i++; ; i++) {
        const d = stream[i] as string;
        if (d === '\\') {
          const e = stream[++i] as string;
          bytes += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
        } else if (d === '(') {
          depth++;
          bytes += d;
        } else if (d === ')' && depth-- === 0) break;
        else bytes += d;
      }
      i++;
      top().push(bytes);
    } else if (c === '[') {
      stack.push([]);
      i++;
    } else if (c === ']') {
      const array = stack.pop() as Operand[];
      top().push(array);
      i++;
    } else if (c === '<' && stream[i + 1] === '<') {
      // A dictionary operand (marked content): kept as its text.
      const end = stream.indexOf('>>', i) + 2;
      top().push(stream.slice(i, end));
      i = end;
    } else {
      const word = /^\/?[^\s()[\]<>/]+/.exec(stream.slice(i))?.[0] ?? c;
      i += word.length;
      if (word.startsWith('/')) top().push({ name: word.slice(1) });
      else if (/^[-+.\d]+$/.test(word)) top().push(Number(word));
      else out.push({ op: word, operands: top().splice(0) });
    }
  }
  return out;
}

describe('glyph runs in the content streams', () => {
  it('writes codes as literal strings, escaping what a reader would read otherwise', () => {
    // 0x28 '(', 0x29 ')', 0x5C '\\', 0x0D CR, 0x0A LF among the bytes of these codes.
    const codes = [0x0028, 0x2900, 0x5c0d, 0x0a41, 0x0102];
    const string = codeString(codes);
    expect(string).toBe('(\x00\\(\\)\x00\\\\\\r\nA\x01\x02)');
    const [shown] = operations(`[${string}] TJ`)[0]?.operands ?? [];
    const bytes = (shown as string[])[0] ?? '';
    expect([...bytes].map((c) => c.charCodeAt(0))).toEqual(codes.flatMap((c) => [c >> 8, c & 0xff]));
  });

  it('puts the glyphs between two offsets in one string', async () => {
    const streams = await builtStreams(referenceIssue);
    expect(streams.length).toBe(3);
    const arrays = streams.flatMap((s) => operations(s).filter((o) => o.op === 'TJ').map((o) => o.operands[0] as Operand[]));
    expect(arrays.length).toBeGreaterThan(50);
    for (const operands of arrays) {
      operands.forEach((operand, i) => {
        // Never two strings in a row: they would have been one.
        if (typeof operand === 'string') {
          expect(typeof operands[i + 1]).not.toBe('string');
          expect(operand.length % 2).toBe(0);
        } else expect(typeof operand).toBe('number');
      });
    }
    // A body line of 36 ideographs set on the grid is one string of 36 two-byte codes.
    expect(arrays.some((operands) => operands.length === 1 && (operands[0] as string).length === 72)).toBe(true);
  }, 30_000);

  it('writes the lines between other content in one text object, and state only when it changes', async () => {
    const streams = await builtStreams(referenceIssue);
    for (const stream of streams) {
      const ops = operations(stream);
      const names = ops.map((o) => o.op);
      // pdfkit's flip to a top-left origin and its undoing are both gone; lines are placed by Td.
      expect(names).not.toContain('cm');
      expect(names).not.toContain('Tm');
      const shown = names.filter((n) => n === 'TJ').length;
      expect(names.filter((n) => n === 'Td').length).toBe(shown);
      // A text object is closed only for other content (the rules' q … Q), or at the end.
      expect(names.filter((n) => n === 'ET').length).toBe(names.filter((n) => n === 'BT').length);
      names.forEach((n, i) => {
        if (n === 'ET') expect(names[i + 1] ?? 'q').toBe('q');
      });
      expect(names.at(-1)).toBe('ET');
      // The colour and font are set again only when they change.
      expect(names.filter((n) => n === 'k').length).toBeLessThan(shown / 5);
      expect(names.filter((n) => n === 'Tf').length).toBeLessThan(shown / 3);
      for (const o of ops.filter((o) => o.op === 'Tf')) expect(o.operands).toEqual([{ name: expect.stringMatching(/^F\d$/) as string }, expect.any(Number)]);
    }
    // The body lines after the first of a page follow each other down the grid.
    const moves = streams.flatMap((s) => operations(s).filter((o) => o.op === 'Td').map((o) => o.operands.join(' ')));
    expect(moves.filter((m) => m === '0 -18').length).toBeGreaterThan(moves.length / 2);
  }, 30_000);

  it('fills only again the text after a bold heading (its stroke mode outlasts the text object)', async () => {
    const dir = await project('glyph-runs-bold');
    const file = path.join(dir, 'bold.md');
    await writeFile(file, '---\ntitle: 测试\nissue: 1\ndate: 2014-10-17\nsponsors: [某单位]\n---\n\n#### 加粗的小标题\n\n正文，这里的字只填充，不描边。\n');
    const ops = (await builtStreams(file)).flatMap(operations);
    const modes = ops.filter((o) => o.op === 'Tr' || o.op === 'TJ').map((o) => (o.op === 'Tr' ? `${String(o.operands[0])} Tr` : 'TJ'));
    // The heading is stroked as well; the next line is filled only, and so is what follows.
    const bold = modes.indexOf('2 Tr');
    expect(bold).toBeGreaterThanOrEqual(0);
    expect(modes.slice(bold)).toEqual(['2 Tr', 'TJ', '0 Tr', ...Array<string>(modes.length - bold - 3).fill('TJ')]);
  }, 30_000);
});
