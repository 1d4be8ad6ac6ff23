import path from 'node:path';

/** A path as the user wants to read it: relative to the working folder when inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return file;
  return relative;
}

/** A size in kilobytes, as the build lines print it. */
export function kib(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}

/** True under a CI service (`CI` set, and not to `false` or `0`): no progress bar, plain lines. */
export function isCI(env: NodeJS.ProcessEnv): boolean {
  const ci = env['CI'];
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}
