import { escapeControls } from '../diagnostics/escapeControls.js';
import { t } from '../messages/catalogue.js';
import { packageVersion } from '../packageRoot.js';
import type { CliIo } from './runCli.js';

/**
 * The text of a bug in bulletin: a short message with the version and how to report it; the
 * stack trace only when asked for, since a clerk cannot act on it and it can hold minified source.
 *
 * @param error The exception, or its stack as text (from a worker thread).
 * @param debug Add the stack trace (`--debug`, BULLETIN_DEBUG=1).
 * @param about The file being worked on, as it should be shown (optional).
 * @returns Lines ending in a newline.
 */
export function internalErrorText(error: unknown, debug: boolean, about?: string): string {
  const where = about === undefined ? '' : `${escapeControls(about)}: `;
  const head = `bulletin: ${where}${t('cli.internal-error', { version: packageVersion() })}\n`;
  if (!debug) return head;
  return `${head}${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
}

/**
 * A bug in bulletin, written to stderr (see {@link internalErrorText}).
 *
 * @param error The exception, or its stack as text (from a worker thread).
 * @param io Where to write.
 * @param debug Add the stack trace (`--debug`, BULLETIN_DEBUG=1).
 * @param about The file being worked on, as it should be shown (optional).
 */
export function reportInternalError(error: unknown, io: Pick<CliIo, 'stderr'>, debug: boolean, about?: string): void {
  io.stderr.write(internalErrorText(error, debug, about));
}
