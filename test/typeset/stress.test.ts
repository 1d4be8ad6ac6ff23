import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIssue, typesetIssue } from '../../src/index.js';
import { NOT_AT_LINE_END, NOT_AT_LINE_START, classify, isIdeograph } from '../../src/typeset/charClass.js';
import type { GlyphRun, LineInfo, Page } from '../../src/typeset/types.js';
import { linesOf, readPdf, stripWhitespace } from '../e2e/pdfText.js';

// Issue 3's stress corpus: real Chinese text from Debian packages (README.md beside it), built and
// read back. The independent pdf-audit runs over the same PDFs in .ci/run.
const dir = fileURLToPath(new URL('../fixtures/stress/', import.meta.url));
const issues = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
const out = mkdtempSync(join(tmpdir(), 'bulletin-stress-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const TYPE_LEFT = 79.37;
const TYPE_RIGHT = 79.37 + 432;
const EM = 12;

function glyphsOn(page: Page, line: LineInfo): { text: string; x: number; advance: number }[] {
  return page.items
    .filter((i): i is GlyphRun => i.kind === 'glyphs' && Math.abs(i.y - line.y) < 0.01)
    .flatMap((r) => r.glyphs)
    .sort((a, b) => a.x - b.x);
}

describe.each(issues)('stress bulletin %s', (file) => {
  const name = basename(file, '.md');
  const source = join(dir, file);

  it('sets every line by the rules and reads back every character in order', async () => {
    const result = await buildIssue(source, { outDir: out, systemFontDirs: [] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.output).toBeDefined();
    const missing = new Set(
      result.diagnostics.filter((d) => d.rule === 'fonts/missing-glyph').map((d) => /"(.+?)"/u.exec(d.message)?.[1] ?? ''),
    );

    // Every character of the text comes back, in order; a character no font has is warned about instead.
    const pdf = await readPdf(new Uint8Array(readFileSync(result.output ?? '')));
    const extracted = stripWhitespace(pdf.pages.map((p) => p.items.map((i) => i.str).join('')).join(''));
    const expected = [...stripWhitespace(readFileSync(join(dir, `${name}.txt`), 'utf8'))].filter((c) => !missing.has(c));
    let at = 0;
    for (const [k, ch] of expected.entries()) {
      const found = extracted.indexOf(ch, at);
      expect(found, `character ${k} "${ch}" after …${expected.slice(Math.max(0, k - 12), k).join('')}`).toBeGreaterThanOrEqual(0);
      at = found + ch.length;
    }

    // What the PDF shows: no body line starts with a closing mark or ends with an opening one,
    // and no line reaches past the type area (a closing mark's empty half excepted).
    for (const page of pdf.pages) {
      for (const line of linesOf(page.items).filter((l) => Math.abs(l.size - EM) < 0.01)) {
        const chars = [...stripWhitespace(line.text)];
        expect(NOT_AT_LINE_START.has(chars[0] ?? ''), `p${page.number} starts with a closing mark: ${line.text}`).toBe(false);
        expect(NOT_AT_LINE_END.has(chars.at(-1) ?? ''), `p${page.number} ends with an opening mark: ${line.text}`).toBe(false);
        const lastCls = classify(chars.at(-1) ?? '');
        const halfEmpty = lastCls === 'close' || lastCls === 'pause' || lastCls === 'stop' ? EM / 2 : 0;
        expect(line.right - halfEmpty, `p${page.number} overflows: ${line.text}`).toBeLessThanOrEqual(TYPE_RIGHT + 0.5);
        expect(line.left, `p${page.number} starts left of the type area: ${line.text}`).toBeGreaterThanOrEqual(TYPE_LEFT - EM / 2 - 0.5);
      }
    }

    // What the typesetter placed: justified lines flush, even spacing, no 孤字.
    const typeset = (await typesetIssue(source, { systemFontDirs: [] })).typeset;
    expect(typeset).toBeDefined();
    let previous: LineInfo | undefined;
    for (const page of typeset?.pages ?? []) {
      for (const line of page.lines) {
        if (line.justified && line.size === EM) {
          expect(Math.abs(line.right - TYPE_RIGHT), `p${page.number} not flush: ${line.text}`).toBeLessThanOrEqual(0.5);
          const glyphs = glyphsOn(page, line);
          for (let i = 1; i < glyphs.length; i++) {
            const a = glyphs[i - 1];
            const b = glyphs[i];
            if (!a || !b || !isIdeograph(a.text.codePointAt(0) ?? 0) || !isIdeograph(b.text.codePointAt(0) ?? 0)) continue;
            const gap = b.x - (a.x + a.advance);
            expect(gap, `p${page.number} ${a.text}${b.text} in ${line.text}`).toBeLessThanOrEqual(0.25 * EM + 1e-6);
          }
        }
        if (line.last && previous && !previous.last && line.size === EM) {
          expect(line.letters, `p${page.number} paragraph ends in one character: ${previous.text} / ${line.text}`).toBeGreaterThanOrEqual(2);
        }
        previous = line;
      }
    }
  }, 60_000);
});
