import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { m, type MessageRef } from '../diagnostics/diagnostic.js';

/** Why an image link cannot name a local file, as the parts of a diagnostic. */
export interface ImageProblem {
  readonly kind: 'problem';
  /** Rule id, e.g. `image/remote`. */
  readonly rule: string;
  readonly message: MessageRef;
  readonly hint: MessageRef;
}

/** The files an image link may mean, most likely first. */
export interface ImageCandidates {
  readonly kind: 'paths';
  /** Absolute paths: as written, then percent-decoded when that differs (`my%20photo.jpg`). */
  readonly paths: readonly string[];
}

/**
 * Turn the destination of a Markdown image into the absolute paths of the file it names,
 * relative to the folder. Nothing is read here.
 *
 * Remote images are refused: a build must not depend on the network (and would not be
 * reproducible); other URL schemes (`data:`, `ftp:`) name no file either. Windows drive letters
 * (`C:\…`) are one letter long, so they are not taken for a scheme.
 *
 * @param url The destination as the parser gives it (escapes and entities already decoded).
 * @param folder Absolute path of the folder.
 * @returns Candidate paths, or the problem.
 */
export function locateImage(url: string, folder: string): ImageCandidates | ImageProblem {
  const written = url.trim();
  if (written === '') {
    return problem('image/missing', m('read.image-no-name'), m('read.image-no-name-hint'));
  }
  if (/^https?:\/\//i.test(written)) {
    return problem('image/remote', m('read.image-web', { name: written }), m('read.image-web-hint'));
  }
  if (/^file:/i.test(written)) {
    try {
      return { kind: 'paths', paths: [path.resolve(folder, fileURLToPath(written))] };
    } catch {
      return problem('image/missing', m('read.image-bad-file-url', { name: written }), m('read.image-bad-file-url-hint'));
    }
  }
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(written)?.[1];
  if (scheme !== undefined) {
    return problem('image/remote', m('read.image-scheme', { name: shorten(written), scheme }), m('read.image-scheme-hint'));
  }
  const paths = [path.resolve(folder, written)];
  const decoded = percentDecoded(written);
  if (decoded !== undefined && decoded !== written) paths.push(path.resolve(folder, decoded));
  return { kind: 'paths', paths };
}

/**
 * Whether `file` lies in `folder` or one of its subfolders. Both must be absolute (and
 * both real paths, when symbolic links matter).
 */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}

/** An {@link ImageProblem}. */
export function problem(rule: string, message: MessageRef, hint: MessageRef): ImageProblem {
  return { kind: 'problem', rule, message, hint };
}

function percentDecoded(text: string): string | undefined {
  if (!/%[0-9a-f]{2}/i.test(text)) return undefined;
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
