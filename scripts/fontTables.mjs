// Writes dist/fonts/<font file>.table for each bundled font (src/fonts/fontTable.ts): what layout
// needs, measured once here with fontkit, so that a build reads a few typed arrays instead of
// parsing the fonts. Measuring takes seconds per face, so tables are kept in
// node_modules/.cache/bulletin-font-tables by the hash of the font and of the extractor's sources.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const SOURCES = ['src/fonts/extractFontTable.ts', 'src/fonts/fontTable.ts', 'scripts/fontTables.mjs'];
const CHECK_RUNS = 20000;

/** Builds the tables into `${root}dist/fonts`; `esbuild` is the build's own esbuild module. */
export async function writeFontTables(root, esbuild) {
  const cache = join(root, 'node_modules', '.cache', 'bulletin-font-tables');
  mkdirSync(cache, { recursive: true });
  const sourceHash = createHash('sha256');
  for (const s of SOURCES) sourceHash.update(readFileSync(join(root, s)));
  sourceHash.update(readFileSync(join(root, 'node_modules', 'fontkit', 'package.json')));
  const version = sourceHash.digest('hex');
  const out = join(root, 'dist', 'fonts');
  mkdirSync(out, { recursive: true });
  let extractor;
  for (const file of readdirSync(join(root, 'fonts')).filter((f) => /\.(otf|ttf)$/i.test(f)).sort()) {
    const bytes = readFileSync(join(root, 'fonts', file));
    const key = createHash('sha256').update(version).update(bytes).digest('hex').slice(0, 24);
    const cached = join(cache, `${key}.table`);
    if (!existsSync(cached)) {
      extractor ??= await loadExtractor(root, esbuild, cache);
      const face = extractor.fontkit.create(bytes);
      const table = extractor.extractFontTable(() => extractor.fontkit.create(bytes), { shaping: true });
      const reader = new extractor.FontTable(table);
      const alphabet = [...new Uint32Array(reader.alphabet)];
      const bad = extractor.checkLatinShaping(face, (chars) => reader.shapeRun(chars), alphabet, CHECK_RUNS);
      if (bad.length > 0) throw new Error(`font table of ${file}: shapes ${bad.length} runs otherwise than fontkit, e.g. ${JSON.stringify(bad.slice(0, 5))}`);
      // Shipped deflated: the kerning matrices are mostly empty (src/fonts/fontTable.ts readFontTable).
      const packed = Buffer.concat([Buffer.from('BFZ1'), deflateSync(table, { level: 9 })]);
      writeFileSync(`${cached}.tmp`, packed);
      renameSync(`${cached}.tmp`, cached);
    }
    writeFileSync(join(out, `${file}.table`), readFileSync(cached));
  }
}

async function loadExtractor(root, esbuild, cache) {
  const entry = join(cache, 'extractor-entry.ts');
  writeFileSync(
    entry,
    `export * as fontkit from 'fontkit';\nexport { extractFontTable, checkLatinShaping } from ${JSON.stringify(join(root, 'src/fonts/extractFontTable.ts'))};\nexport { FontTable } from ${JSON.stringify(join(root, 'src/fonts/fontTable.ts'))};\n`,
  );
  const outfile = join(cache, `extractor-${process.pid}.mjs`);
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', absWorkingDir: root, nodePaths: [join(root, 'node_modules')] });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
