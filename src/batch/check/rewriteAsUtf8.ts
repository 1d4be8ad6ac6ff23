import { readTextFile, type TextEncodingName, type TextFileKind } from '../../read/index.js';
import { rewriteFile } from './rewriteFile.js';

/**
 * `check --fix` for a text file saved in another encoding than UTF-8 (GB18030, UTF-16): the same
 * text written back as UTF-8, whole or not at all.
 *
 * @param file Absolute path of the file.
 * @param kind An issue or a bulletin.yaml.
 * @returns The encoding the file was in, when it was rewritten; `undefined` when it was UTF-8
 *   already or could not be read (reading it again reports why).
 */
export async function rewriteAsUtf8(file: string, kind: TextFileKind): Promise<TextEncodingName | undefined> {
  const read = await readTextFile(file, kind);
  if (read.text === undefined || read.encoding === undefined || read.encoding === 'UTF-8') return undefined;
  await rewriteFile(file, read.text);
  return read.encoding;
}
