import type { CollectedIssues } from '../batch/collectIssues.js';
import { escapeControls } from '../diagnostics/escapeControls.js';
import { t } from '../messages/catalogue.js';
import type { CommandOutcome } from './commandOutcome.js';
import { displayPath } from './displayPath.js';
import type { CliIo } from './runCli.js';

// The usage errors several commands share, each one message, so that `build`, `site`, `volume`,
// `watch` and `check` word the same mistake the same way.

/** A SOURCE_DATE_EPOCH that is not a whole number of seconds (`parseSourceDateEpoch` said 'invalid'). */
export function epochProblems(epoch: number | 'invalid' | undefined, env: CliIo['env']): string[] {
  return epoch === 'invalid' ? [escapeControls(t('faults.epoch', { value: env['SOURCE_DATE_EPOCH'] ?? '' }))] : [];
}

/** A file where the output folder should be (`fileInTheWay`'s answer). */
export function blockedFolderProblems(blocked: string | undefined, cwd: string): string[] {
  return blocked === undefined ? [] : [`${escapeControls(displayPath(blocked, cwd))}: ${t('faults.not-a-folder')}`];
}

/** Paths that do not exist, and folders without an issue. */
export function collectedProblems(collected: Pick<CollectedIssues, 'missing' | 'empty'>): string[] {
  return [...collected.missing.map((f) => t('cli.no-such-path', { path: f })), ...collected.empty.map((f) => t('cli.no-issues-in-folder', { dir: f }))];
}

/** Prints the problems, one `bulletin: …` line each; 'usage-error' when there were any. */
export function reportUsageProblems(problems: readonly string[], io: CliIo): CommandOutcome | undefined {
  if (problems.length === 0) return undefined;
  io.stderr.write(problems.map((p) => `bulletin: ${p}\n`).join(''));
  return 'usage-error';
}
