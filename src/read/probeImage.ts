import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { m } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/didYouMean.js';
import { checkImage, damageHint } from './checkImage.js';
import { LIMITS } from './limits.js';
import { isInside, locateImage, problem, type ImageProblem } from './locateImage.js';
import { readImageFile, type ImageFileRead } from './readImageFile.js';

/** A checked image file: what a `figure` block needs. */
export interface ImageFile {
  readonly kind: 'image';
  /** Absolute path. */
  readonly src: string;
  readonly format: 'jpeg' | 'png';
  /** Size in pixels, as displayed. */
  readonly width: number;
  readonly height: number;
}

/** The outcome of {@link probeImage}. */
export type ImageProbe = ImageFile | ImageProblem;

/** Options of {@link probeImage}. */
export interface ProbeImageOptions {
  /** Absolute path of the folder: relative paths start here, and images must stay inside. */
  readonly folder: string;
  /** Accept images outside the folder tree (`--allow-outside`). */
  readonly allowOutside: boolean;
}

const reasons: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
};

/**
 * Check the file a Markdown image names and read its format and pixel size from its header.
 *
 * Images outside the folder tree are refused unless allowed, so an issue copied or sent
 * elsewhere still builds, and a shared issue cannot pull arbitrary files into a PDF; symbolic
 * links are followed for this check. The whole file is read (it must be a regular file within
 * {@link LIMITS.imageBytes}) and checked: a damaged or truncated picture, or one past the limits
 * on pixels and decoded size, is refused here, at its place in the issue.
 *
 * @param url The image destination as written in the Markdown.
 * @param options The folder and whether images may lie outside it.
 * @returns The checked image, or the problem (missing, unreadable, outside, remote, not JPEG/PNG,
 *   damaged, too large).
 */
export async function probeImage(url: string, options: ProbeImageOptions): Promise<ImageProbe> {
  const located = locateImage(url, options.folder);
  if (located.kind === 'problem') return located;
  const name = url.trim();
  const first = located.paths[0] ?? options.folder;
  if (!options.allowOutside && !isInside(first, options.folder)) return outside(name, first, options.folder);

  let src: string | undefined;
  let real = first;
  for (const candidate of located.paths) {
    try {
      real = await realpath(candidate);
      src = candidate;
      break;
    } catch (error) {
      const code = codeOf(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      return problem('image/unreadable', m('read.image-unreadable', { name, reason: reasonOf(error) }), m('read.image-unreadable-hint'));
    }
  }
  if (src === undefined) return await missing(name, first, options.folder);
  if (!options.allowOutside && !isInside(real, await realpath(options.folder))) return outside(name, src, options.folder, true);

  let read: ImageFileRead;
  try {
    read = await readImageFile(src);
  } catch (error) {
    return problem('image/unreadable', m('read.image-unreadable', { name, reason: reasonOf(error) }), m('read.image-unreadable-hint'));
  }
  switch (read.kind) {
    case 'folder':
      return problem('image/unreadable', m('read.image-folder', { name }), m('read.image-folder-hint'));
    case 'special':
      return problem('image/unreadable', m('limits.image-special', { name }), m('limits.image-special-hint'));
    case 'too-large': {
      const megabytes = Math.ceil(read.size / 2 ** 20);
      return problem('image/too-large', m('limits.image-bytes', { name, megabytes, limit: LIMITS.imageBytes / 2 ** 20 }), m('limits.image-bytes-hint'));
    }
  }
  const checked = await checkImage(read.bytes);
  switch (checked.kind) {
    case 'image':
      return { kind: 'image', src, format: checked.format, width: checked.width, height: checked.height };
    case 'damaged': {
      const { damage } = checked;
      const rule = damage.key === 'limits.image-pixels' || damage.key === 'limits.png-data-bytes' ? 'image/too-large' : 'image/damaged';
      return problem(rule, { key: damage.key, params: { ...damage.params, name } }, m(damageHint(damage)));
    }
    default:
      return problem('image/format', m('read.image-format', { name, looksLike: checked.looksLike ?? '' }), m('read.image-format-hint'));
  }
}

async function missing(name: string, file: string, folder: string): Promise<ImageProblem> {
  const message = m('read.image-missing', { name });
  let siblings: string[];
  try {
    siblings = await readdir(path.dirname(file));
  } catch {
    const parent = path.relative(folder, path.dirname(file));
    return problem('image/missing', message, m('read.image-no-folder-hint', { folder: parent }));
  }
  const suggestion = didYouMean(path.basename(file), siblings);
  const written = path.basename(name);
  return problem(
    'image/missing',
    message,
    suggestion === undefined
      ? m('read.image-missing-hint')
      : m('read.did-you-mean', { suggestion: `${name.slice(0, name.length - written.length)}${suggestion}` }),
  );
}

function outside(name: string, file: string, folder: string, viaLink = false): ImageProblem {
  const relative = path.relative(folder, file);
  return problem(
    'image/outside',
    viaLink ? m('read.image-outside-link', { name }) : m('read.image-outside', { name, relative: relative === name ? '' : relative }),
    m('read.image-outside-hint'),
  );
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function reasonOf(error: unknown): string {
  const code = codeOf(error);
  return (code === undefined ? undefined : reasons[code]) ?? (error instanceof Error ? error.message : String(error));
}
