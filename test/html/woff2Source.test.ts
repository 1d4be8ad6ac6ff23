import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../src/diagnostics/diagnosticError.js';
import { loadFont } from '../../src/fonts/loadFont.js';
import { bundledFontDir } from '../../src/fonts/resolveFonts.js';
import { woff2Subset, type Woff2Encoder } from '../../src/render/html/woff2Subset.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-woff2-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The encoder is not under test: a stand-in keeps the case fast.
const encode: Woff2Encoder = (font) => Promise.resolve(font.subarray(0, 4));

describe('woff2Subset reading the font again (code review)', () => {
  it('fails with a fonts/changed diagnostic when the font is gone or a pipe, and reads it again once it is back', async () => {
    const file = join(dir, 'Mono.ttf');
    const original = join(bundledFontDir(), 'NotoSansMono-Regular.ttf');
    copyFileSync(original, file);
    const font = loadFont(file);
    const options = { cacheDir: join(dir, 'cache'), encode };
    rmSync(file);
    const gone = await woff2Subset(font, 'abc', options).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(DiagnosticError);
    expect((gone as DiagnosticError).diagnostic).toMatchObject({ file, severity: 'error', rule: 'fonts/changed' });
    execFileSync('mkfifo', [file]);
    const pipe = await woff2Subset(font, 'abc', options).catch((e: unknown) => e);
    expect((pipe as DiagnosticError).diagnostic).toMatchObject({ file, rule: 'fonts/changed' });
    // As in `watch`: the failure is not remembered, the next build reads the file again.
    rmSync(file);
    copyFileSync(original, file);
    expect(await woff2Subset(font, 'abc', options)).toHaveLength(4);
  });
});
