import { stat } from 'node:fs/promises';
import path from 'node:path';
import { collectIssues } from '../../batch/collectIssues.js';
import { watchFolder } from '../../batch/watchFolder.js';
import { watchIssue, type IssueWatcher, type WatchOptions } from '../../batch/watchIssue.js';
import type { BuildResult } from '../../build/buildIssue.js';
import { parseSourceDateEpoch } from '../../build/sourceDateEpoch.js';
import { formatDiagnostics, useColor } from '../../diagnostics/format.js';
import { t } from '../../messages/catalogue.js';
import { defaultCacheDir } from '../../render/html/woff2Subset.js';
import type { WatchInvocation } from '../args/watchArgs.js';
import { wroteLine } from '../batchProgress.js';
import type { CommandOutcome } from '../commandOutcome.js';
import { displayPath } from '../displayPath.js';
import { fontPathProblems } from '../fontPathProblems.js';
import { reportInternalError } from '../reportInternalError.js';
import type { CliIo } from '../runCli.js';
import { epochProblems, reportUsageProblems } from '../usageProblems.js';

function clock(): string {
  return new Date().toTimeString().slice(0, 8);
}

/** `bulletin watch <file|folder>`: builds, then rebuilds on every save until Ctrl-C (SIGINT) or SIGTERM. */
export async function runWatch(invocation: WatchInvocation, io: CliIo, debug = false): Promise<CommandOutcome> {
  const file = path.resolve(io.cwd, invocation.file);
  const kind = await stat(file).then(
    (s) => (s.isDirectory() ? 'folder' : 'file'),
    () => 'missing' as const,
  );
  if (kind === 'missing') {
    io.stderr.write(`bulletin: ${t('cli.no-such-file', { file: invocation.file })}\n`);
    return 'usage-error';
  }
  // The same dates as `build` under the same environment, so a watched PDF equals a built one.
  const epoch = parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
  const problems = [
    ...fontPathProblems(invocation.fontPaths, io.cwd),
    ...epochProblems(epoch, io.env),
  ];
  const refused = reportUsageProblems(problems, io);
  if (refused) return refused;
  const color = useColor(io.stderr, io.env);
  const onBuild = (result: BuildResult, ms: number): void => {
    if (result.diagnostics.length > 0) io.stderr.write(formatDiagnostics(result.diagnostics, { color, cwd: io.cwd }) + '\n');
    const outputs = result.outputs ?? [];
    if (outputs.length > 0) {
      // The last line says how long the build took, from the save to the last file written.
      outputs.forEach((o, i) => {
        const line = wroteLine(o, result, io.cwd);
        io.stdout.write(`${clock()} ${i === outputs.length - 1 ? t('perf.watch-built', { line, ms: Math.round(ms) }) : line}\n`);
      });
    } else io.stderr.write(`${clock()} ${t('cli.watch-not-built')}\n`);
  };
  const options: WatchOptions = {
    ...(invocation.outDir !== undefined ? { outDir: path.resolve(io.cwd, invocation.outDir) } : {}),
    strict: invocation.strict,
    ...(invocation.allowOutside ? { allowOutside: true } : {}),
    fontPaths: invocation.fontPaths.map((p) => path.resolve(io.cwd, p)),
    ...(invocation.fonts ? { fonts: invocation.fonts } : {}),
    ...(invocation.punctuation ? { punctuation: invocation.punctuation } : {}),
    ...(invocation.format ? { format: invocation.format } : {}),
    ...(epoch !== undefined && epoch !== 'invalid' ? { sourceDateEpoch: epoch } : {}),
    cacheDir: defaultCacheDir(io.env),
    onBuild,
    // Saves in that folder go unseen (e.g. the system's limit of watched folders is reached): said once per folder.
    onUnwatched: (folder, error) => {
      const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
      io.stderr.write(`bulletin: ${t('perf.watch-unwatched', { folder: displayPath(folder, io.cwd), reason })}\n`);
    },
    // A bug met on one save is reported, and watching goes on: the next save may build.
    onCrash: (error) => reportInternalError(error, io, debug, kind === 'file' ? displayPath(file, io.cwd) : undefined),
  };
  let watcher: IssueWatcher;
  if (kind === 'folder') {
    const count = (await collectIssues([file])).files.length;
    if (count === 0) {
      io.stderr.write(`bulletin: ${t('archive.watch-empty', { dir: invocation.file })}\n`);
      return 'usage-error';
    }
    watcher = await watchFolder(file, options);
    await watcher.ready;
    io.stderr.write(`${t('archive.watching-folder', { dir: displayPath(file, io.cwd), count })}\n`);
  } else {
    watcher = await watchIssue(file, options);
    await watcher.ready;
    io.stderr.write(`${t('cli.watching', { file: displayPath(file, io.cwd) })}\n`);
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await watcher.close();
  return 'ok';
}
