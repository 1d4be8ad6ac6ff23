import { readFile } from 'node:fs/promises';

/** A file's text, or why it could not be read. */
export type TextFileResult = { readonly text: string } | { readonly error: string };

const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder, not a file',
};

/**
 * Read a UTF-8 text file without throwing. A leading byte-order mark is dropped, since editors
 * on Windows add one and it would otherwise hide the front matter's opening `---`.
 *
 * @param file Path of the file.
 * @returns The text, or a short reason such as `no such file`.
 */
export async function readTextFile(file: string): Promise<TextFileResult> {
  try {
    const text = await readFile(file, 'utf8');
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: (code === undefined ? undefined : reasons[code]) ?? (error instanceof Error ? error.message : String(error)) };
  }
}
