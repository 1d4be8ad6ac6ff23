import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf, stripWhitespace } from '../e2e/pdfText.js';
import { referenceIssue, repoRoot } from '../e2e/reference.js';

// bulletin as users get it (issue 9): the tarball `npm pack` makes, installed globally into a
// fresh prefix and as a dependency of a TypeScript project, with none of the repository around it.
// The packages come from npm's cache where `npm ci` left them; the registry is asked only for
// what the cache lacks (npm ci caches tarballs, not the package metadata that ranges resolve
// against). --strict-allow-scripts fails the install if bulletin or any of its dependencies has
// an install script: nothing may need one, and npm 11 would warn about each.

const run = promisify(execFile);
const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };

/**
 * The environment less what an enclosing `npm test` sets about the repository's own package and
 * prefixes, which would point the inner npm at the repository. The rest of its npm_config_*
 * (cache, registry, certificates) is kept.
 */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: '1' };
  const drop = /^(npm_(package|lifecycle)_.*|npm_config_(local_prefix|prefix|global_prefix|call)|npm_command|npm_execpath|npm_node_execpath|INIT_CWD|FORCE_COLOR)$/i;
  for (const [key, value] of Object.entries(process.env)) {
    if (!drop.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/**
 * Whether `specifier` resolves from `require`'s folder. An ESM-only package (pagefind exports only
 * an `import` condition) refuses `require.resolve` with ERR_PACKAGE_PATH_NOT_EXPORTED: found
 * there all the same, so its package.json is looked for along the same folders.
 */
function installed(require: NodeJS.Require, specifier: string): boolean {
  try {
    require.resolve(specifier);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') return false;
    return (require.resolve.paths(specifier) ?? []).some((dir) => existsSync(path.join(dir, specifier, 'package.json')));
  }
}

async function npm(args: readonly string[], cwd: string): Promise<string> {
  const { stdout } = await run('npm', [...args], { cwd, env: cleanEnv(), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

const INSTALL = ['--prefer-offline', '--strict-allow-scripts', '--no-audit', '--no-fund', '--loglevel=error'];

interface PackedFile {
  readonly path: string;
  readonly size: number;
}

let tmp: string;
let packed: { filename: string; size: number; unpackedSize: number; files: PackedFile[] };
let prefix: string;
let app: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'bulletin-package-'));
  // Packed as `npm pack` packs, with its prepack and postpack scripts (scripts/pack.mjs): under
  // `npm test`, dist/ was built from these sources just before, so prepack does not rebuild it.
  const json = await npm(['pack', '--json', '--pack-destination', tmp], repoRoot);
  packed = (JSON.parse(json) as (typeof packed)[])[0] as typeof packed;
  const tarball = path.join(tmp, packed.filename);

  prefix = path.join(tmp, 'prefix');
  app = path.join(tmp, 'app');
  // npm 11.19 needs the prefix's lib/ to exist under --strict-allow-scripts.
  await mkdir(path.join(prefix, 'lib'), { recursive: true });
  await mkdir(app);
  await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module', dependencies: { bulletin: `file:${tarball}` } }));
  await Promise.all([npm(['install', '--global', '--prefix', prefix, tarball, ...INSTALL], tmp), npm(['install', ...INSTALL], app)]);
}, 240_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe.concurrent('bulletin packed and installed', () => {
  it('holds the built CLI and library, fonts, templates, docs and licences, and no tests, bench, scripts or sources', () => {
    const files = packed.files.map((f) => f.path);
    for (const needed of [
      'package.json',
      'README.md',
      'LICENSE',
      'bin/bulletin.js',
      'bin/package.json',
      'dist/cli.cjs',
      'dist/index.js',
      'dist/worker.cjs',
      'dist/engine.cjs',
      'dist/templates.json',
      'dist/fonts/faces.json',
      'dist/types/index.d.ts',
      'docs/layout.md',
      'templates/jinqiao/template.yaml',
      'schema/template.schema.json',
      'fonts/NotoSerifSC-Regular.otf',
      'fonts/BulletinKai-Regular.ttf',
      'fonts/OFL-NotoCJK.txt',
      'fonts/OFL-BulletinKai.txt',
      'fonts/OFL-NotoMono.txt',
    ]) {
      expect(files).toContain(needed);
    }
    const unwanted = files.filter((f) => /^(test|bench|scripts|src|examples|node_modules|\.ci)\//.test(f) || /fixture|\.test\.|\.tgz$/.test(f));
    expect(unwanted).toEqual([]);
    // V8's compiled code of the engine serves only the Node that made it: an installed bulletin
    // makes its own in the user's cache on its first run (src/cli/loadEngine.ts).
    expect(files).not.toContain('dist/engine.v8cache');
    // The README states the size: 10.2 MB packed, three quarters of it the five bundled fonts (the
    // code is there twice: the library as ES modules, the commands' engine as one script).
    expect(packed.size).toBeLessThan(11 * 1024 * 1024);
    expect(packed.files.filter((f) => f.path.startsWith('fonts/')).reduce((sum, f) => sum + f.size, 0) / packed.unpackedSize).toBeGreaterThan(0.7);
  }, 60_000);

  it('has no install-time script, and packing leaves the repository package.json as it was', async () => {
    const installed = JSON.parse(await readFile(path.join(prefix, 'lib', 'node_modules', 'bulletin', 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    expect(Object.keys(installed.scripts ?? {}).filter((s) => /^(pre|post)?(install|prepare)$/.test(s))).toEqual([]);
    const repo = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(repo.scripts['prepare']).toBe('node scripts/bundle.mjs');
    expect(existsSync(path.join(repoRoot, 'node_modules', '.cache', 'bulletin-pack', 'package.json'))).toBe(false);
  }, 60_000);

  it('needs at run time only what the installed dependencies provide', async () => {
    // Every package the bundle imports or resolves must be found from the installed dist/, where
    // only `dependencies` (and theirs) are: never pdfjs-dist, playwright-core, esbuild, vitest.
    const dist = path.join(prefix, 'lib', 'node_modules', 'bulletin', 'dist');
    const chunks = await readdir(path.join(dist, 'chunks'));
    const sources = await Promise.all([...['cli.cjs', 'index.js', 'runCli.js', 'worker.cjs', 'engine.cjs'].map((f) => path.join(dist, f)), ...chunks.map((f) => path.join(dist, 'chunks', f))].map((f) => readFile(f, 'utf8')));
    const specifiers = new Set<string>();
    for (const source of sources) {
      for (const m of source.matchAll(/(?:\bfrom|\bimport\(|\brequire\(|\.resolve\()\s*["']([^"'./][^"']*)["']/g)) specifiers.add(m[1] as string);
    }
    const packages = [...specifiers].filter((s) => !s.startsWith('node:') && !builtinModules.includes(s.split('/')[0] as string));
    expect(packages).toContain('pagefind');
    const require = createRequire(path.join(dist, 'chunks', 'index.js'));
    for (const specifier of packages) expect(installed(require, specifier), specifier).toBe(true);
    for (const dev of ['pdfjs-dist', 'playwright-core', 'esbuild', 'typescript', 'vitest']) {
      expect(() => require.resolve(`${dev}/package.json`), dev).toThrow();
    }
  }, 60_000);

  it('installed globally into a fresh prefix, builds the reference issue from another folder, with the packaged fonts and template', async () => {
    const work = path.join(tmp, 'work');
    await mkdir(path.join(work, 'issues'), { recursive: true });
    await copyFile(referenceIssue, path.join(work, 'issues', '2014-04.md'));
    const { stdout, stderr } = await run(path.join(prefix, 'bin', 'bulletin'), ['build', 'issues/2014-04.md', '-f', 'both', '-o', 'out'], {
      cwd: work,
      env: cleanEnv({ XDG_CACHE_HOME: path.join(tmp, 'cache') }),
      encoding: 'utf8',
    });
    expect(stdout + stderr).toContain('wrote out/2014-04.pdf');
    const pdf = await readFile(path.join(work, 'out', '2014-04.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages } = await readPdf(pdf);
    expect(stripWhitespace(pages.flatMap((p) => p.items.map((i) => i.str)).join(''))).toContain('金桥会议传真');
    expect(await readFile(path.join(work, 'out', '2014-04.html'), 'utf8')).toContain('金桥会议传真');
    // Its first run kept V8's compiled code of the engine for the next (src/cli/loadEngine.ts).
    expect((await readdir(path.join(tmp, 'cache', 'bulletin', 'code'))).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
  }, 120_000);

  it('installed globally, makes a site with its Pagefind search index (the platform binary came with it)', async () => {
    const work = path.join(tmp, 'site');
    await mkdir(path.join(work, 'archive'), { recursive: true });
    await copyFile(referenceIssue, path.join(work, 'archive', '2014-04.md'));
    const { stderr } = await run(path.join(prefix, 'bin', 'bulletin'), ['site', 'archive', '-o', 'public'], {
      cwd: work,
      env: cleanEnv({ XDG_CACHE_HOME: path.join(tmp, 'cache') }),
      encoding: 'utf8',
    });
    expect(stderr).toContain('search index made of 1 page');
    expect(existsSync(path.join(work, 'public', 'pagefind', 'pagefind.js'))).toBe(true);
    expect(await readFile(path.join(work, 'public', 'index.html'), 'utf8')).toContain('2014年第4期（总第9期）');
  }, 120_000);

  it('installed as a dependency, imports the library', async () => {
    const script = "import { buildIssue, packageVersion } from 'bulletin'; console.log(packageVersion(), typeof buildIssue);";
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: app, env: cleanEnv(), encoding: 'utf8' });
    expect(stdout.trim()).toBe(`${pkg.version} function`);
  }, 60_000);

  it('installed as a dependency, type-checks a TypeScript file that imports the API', async () => {
    // The @ts-expect-error lines fail the check when a type degrades to `any` (an unresolved
    // import in the declarations, such as fontkit's, is silent under skipLibCheck).
    await writeFile(
      path.join(app, 'index.ts'),
      [
        "import { buildIssue, resolveFonts, type BuildOptions, type ResolvedFont } from 'bulletin';",
        "const options: BuildOptions = { outDir: 'out', format: 'pdf' };",
        "const result = await buildIssue('2014-04.md', options);",
        'const pages: number | undefined = result.pages;',
        'console.log(pages, typeof resolveFonts);',
        '// @ts-expect-error a path is a string',
        'await buildIssue(42, options);',
        'declare const font: ResolvedFont;',
        'const family: string = font.font.face.familyName;',
        '// @ts-expect-error fontkit faces have no such property',
        'console.log(family, font.font.face.noSuchProperty);',
        '',
      ].join('\n'),
    );
    await writeFile(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['index.ts'],
      }),
    );
    const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const outcome = await run(process.execPath, [tsc, '-p', app], { cwd: app, env: cleanEnv(), encoding: 'utf8' }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(outcome).toBe('');
  }, 60_000);
});
