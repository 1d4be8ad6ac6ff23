import { statSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { MessageRef } from '../messages/catalogue.js';

/** What kind of file-system fault stopped a write: the machine's state, not a bug in bulletin. */
export type FaultKind =
  | 'permission'
  | 'read-only'
  | 'disk-full'
  | 'quota'
  | 'folder-in-the-way'
  | 'not-a-folder'
  | 'name-too-long'
  | 'too-many-files'
  | 'io';

/** A fault and the path the user must act on (the folder, the output, or the file in the way). */
export interface FileFault {
  readonly kind: FaultKind;
  readonly path: string;
  /** The system's error code, e.g. `EROFS`. */
  readonly code: string;
}

const KINDS: Readonly<Record<string, FaultKind>> = {
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'read-only',
  ENOSPC: 'disk-full',
  EDQUOT: 'quota',
  EISDIR: 'folder-in-the-way',
  ENOTDIR: 'not-a-folder',
  ENAMETOOLONG: 'name-too-long',
  EMFILE: 'too-many-files',
  ENFILE: 'too-many-files',
  EIO: 'io',
  EFBIG: 'io',
};

/**
 * The nearest of `folder` and its parents that exists, when it is not a folder: the file that
 * stops `folder` from being made (what ENOTDIR is about).
 *
 * @param folder A folder to write into.
 * @returns The file in the way, or `undefined` when `folder` is, or can be made, a folder.
 */
export function fileInTheWay(folder: string): string | undefined {
  for (let at = folder; ; at = path.dirname(at)) {
    try {
      return statSync(at).isDirectory() ? undefined : at;
    } catch {
      if (path.dirname(at) === at) return undefined;
    }
  }
}

/**
 * Recognises an exception of the file system that the user can act on (permission denied, a
 * read-only file system, a full disk, a folder where a file is wanted or the other way round)
 * and names the path to act on: a temporary file's folder rather than the temporary file itself.
 *
 * @param error What a write threw.
 * @param fallback The path written, for errors that name none (a write to an open file) (optional).
 * @returns The fault, or `undefined` for anything else (a bug, to be reported as one).
 */
export function fileFault(error: unknown, fallback?: string): FileFault | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, syscall, path: named, dest } = error as NodeJS.ErrnoException & { dest?: string };
  const at = named ?? fallback;
  if (typeof code !== 'string' || typeof at !== 'string') return undefined;
  // `mkdir -p` through a file says EEXIST (or ENOTDIR) about the folder it could not make.
  const kind = code === 'EEXIST' && syscall === 'mkdir' ? 'not-a-folder' : KINDS[code];
  if (kind === undefined) return undefined;
  const temp = /\.tmp$/.test(at) && path.basename(at).startsWith('.');
  switch (kind) {
    case 'not-a-folder':
      return { kind, code, path: fileInTheWay(at) ?? at };
    case 'folder-in-the-way':
      // A rename over a folder names the temporary file first and the folder in `dest`.
      return { kind, code, path: dest ?? at };
    default:
      return { kind, code, path: temp ? path.dirname(at) : at };
  }
}

function faultMessage(fault: FileFault): MessageRef {
  switch (fault.kind) {
    case 'permission':
      return m('faults.permission');
    case 'read-only':
      return m('faults.read-only');
    case 'disk-full':
      return m('faults.disk-full');
    case 'quota':
      return m('faults.quota');
    case 'folder-in-the-way':
      return m('faults.folder-in-the-way');
    case 'not-a-folder':
      return m('faults.not-a-folder');
    case 'name-too-long':
      return m('faults.name-too-long');
    case 'too-many-files':
      return m('faults.too-many-files');
    case 'io':
      return m('faults.io', { code: fault.code });
  }
}

/**
 * A fault as an error diagnostic about its path as a whole (line 0): the issue fails, the batch goes on.
 *
 * @param fault The fault.
 * @param hint What else to do (optional), e.g. the `--out-dir` hint of a build.
 */
export function faultDiagnostic(fault: FileFault, hint?: MessageRef): Diagnostic {
  return diagnostic({ file: fault.path, line: 0, column: 0, severity: 'error', rule: `output/${fault.kind}` }, faultMessage(fault), hint);
}

/** The hint of a build's faults: another output folder. */
export function outDirHint(): MessageRef {
  return m('faults.out-dir-hint');
}
