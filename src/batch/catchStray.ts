/**
 * Runs `work`, turning an exception thrown outside its promise chain (a library's callback that
 * throws, a promise rejected with no handler) into a rejection of `work` itself, so that it fails
 * the one issue being built instead of ending the process with the whole batch or the watch.
 * Only one such run at a time is meaningful per thread: builds run one after another in a thread.
 *
 * @param work The build.
 * @returns What `work` resolves to; rejects with the first stray exception.
 */
export function catchStray<T>(work: () => Promise<T>): Promise<T> {
  let onStray: ((error: unknown) => void) | undefined;
  const stray = new Promise<never>((_resolve, reject) => {
    onStray = reject;
  });
  const handler = (error: unknown): void => onStray?.(error);
  process.on('uncaughtException', handler);
  return Promise.race([work(), stray]).finally(() => {
    // A stray exception after this point meets no handler: better a crash than a silent swallow.
    process.off('uncaughtException', handler);
  });
}
