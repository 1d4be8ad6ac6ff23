import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeText, isUndecodable, type TextEncodingName } from './decodeText.js';
import { readRegularFile } from './readRegularFile.js';

/**
 * The most bytes bulletin reads of an issue or a bulletin.yaml: 10 MB, some fifty times the longest
 * real bulletin, so that a wrong path (a disk image, /dev/zero) is refused at once, not read.
 */
export const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024;

/** Which kind of text file is read, for messages: an issue or a bulletin.yaml. */
export type TextFileKind = 'issue' | 'config' | 'template';

/** The outcome of {@link readTextFile}. */
export interface TextFileResult {
  /** The text, decoded, without a byte-order mark; absent when the file cannot be read. */
  readonly text?: string;
  /** The encoding the text was decoded from (absent with `text`). */
  readonly encoding?: TextEncodingName;
  /** An error when the file cannot be read; a warning when its text is not UTF-8. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The one reader of text files (issues and bulletin.yaml): only a regular file of at most
 * {@link MAX_TEXT_FILE_BYTES} is read, never a folder, pipe or device, and its bytes are decoded
 * by {@link decodeText} (UTF-8, UTF-16 with a byte-order mark, or GB18030). Never throws.
 *
 * @param file Absolute path of the file.
 * @param kind An issue or a bulletin.yaml, for messages (optional, default `issue`).
 * @returns The text and its encoding, and diagnostics: an error when there is no text, a warning
 *   (rule `read/encoding`) when the text was decoded from another encoding than UTF-8.
 */
export async function readTextFile(file: string, kind: TextFileKind = 'issue'): Promise<TextFileResult> {
  const whole = { file, line: 0, column: 0, severity: 'error' } as const;
  const bytes = await readBounded(file);
  if (!(bytes instanceof Uint8Array)) {
    const d =
      bytes.problem === 'too-large'
        ? diagnostic({ ...whole, rule: 'read/too-large' }, m('encoding.too-large', { kind, size: megabytes(bytes.size), limit: megabytes(MAX_TEXT_FILE_BYTES) }), m('encoding.too-large-hint', { kind }))
        : bytes.problem === 'not-a-file'
          ? diagnostic({ ...whole, rule: 'read/not-a-file' }, m('encoding.not-a-file', { kind, type: bytes.type }), m('encoding.not-a-file-hint', { kind }))
          : diagnostic({ ...whole, rule: 'read/unreadable' }, m('encoding.unreadable', { kind, reason: bytes.reason }), m('encoding.unreadable-hint', { reason: bytes.reason }));
    return { diagnostics: [d] };
  }
  const decoded = decodeText(bytes);
  if (isUndecodable(decoded)) {
    const place = { file, line: decoded.line, column: decoded.column, severity: 'error', rule: 'read/invalid-encoding' } as const;
    return { diagnostics: [diagnostic(place, m('encoding.invalid', { kind, byte: decoded.byte }), m('encoding.invalid-hint'))] };
  }
  if (decoded.encoding === 'UTF-8') return { text: decoded.text, encoding: decoded.encoding, diagnostics: [] };
  const place = { file, line: 0, column: 0, severity: 'warning', rule: 'read/encoding' } as const;
  const warning = diagnostic(place, m('encoding.not-utf8', { kind, encoding: decoded.encoding }), m('encoding.not-utf8-hint'));
  return { text: decoded.text, encoding: decoded.encoding, diagnostics: [warning] };
}

type Refusal =
  | { readonly problem: 'too-large'; readonly size: number }
  | { readonly problem: 'not-a-file'; readonly type: string }
  | { readonly problem: 'unreadable'; readonly reason: string };

/** The file's bytes, read only if it is a regular file of at most the limit. */
async function readBounded(file: string): Promise<Uint8Array | Refusal> {
  try {
    const read = await readRegularFile(file, MAX_TEXT_FILE_BYTES);
    if (read.kind === 'bytes') return read.bytes;
    return read.kind === 'too-large' ? { problem: 'too-large', size: read.size } : { problem: 'not-a-file', type: read.type };
  } catch (error) {
    return { problem: 'unreadable', reason: reasonOf(error) };
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  EACCES: 'denied',
  EPERM: 'denied',
  EISDIR: 'folder',
  ELOOP: 'loop',
};

/** A short reason the catalogue knows (`missing`, `denied`, …), or the system's own words. */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code === undefined ? undefined : REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}

/** MB with one decimal, rounded up, so that a file just over the limit does not read as at it. */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1).replace(/\.0$/, '');
}
