import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { m } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/didYouMean.js';
import { checkImage, damageHint } from './checkImage.js';
import { LIMITS } from './limits.js';
import { isInside, limitProblem, locateImage, problem, type ImageProblem } from './locateImage.js';
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
  /** Absolute path of the issue's folder: relative paths start here, and images must stay inside. */
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
 * Images outside the issue's folder tree are refused unless allowed, so an issue copied or sent
 * elsewhere still builds, and a shared issue cannot pull arbitrary files into a PDF; symbolic
 * links are followed for this check. The whole file is read (it must be a regular file within
 * {@link LIMITS.imageBytes}) and checked: a damaged or truncated picture, or one past the limits
 * on pixels and decoded size, is refused here, at its place in the issue.
 *
 * @param url The image destination as written in the Markdown.
 * @param options The issue's folder and whether images may lie outside it.
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
      return problem('image/unreadable', `cannot read image "${name}": ${reasonOf(error)}`, 'check that the file can be read by you');
    }
  }
  if (src === undefined) return await missing(name, first, options.folder);
  if (!options.allowOutside && !isInside(real, await realpath(options.folder))) return outside(name, src, options.folder, true);

  let read: ImageFileRead;
  try {
    read = await readImageFile(src);
  } catch (error) {
    return problem('image/unreadable', `cannot read image "${name}": ${reasonOf(error)}`, 'check that the file can be read by you');
  }
  switch (read.kind) {
    case 'folder':
      return problem('image/unreadable', `image "${name}" is a folder, not a file`, 'name the picture file inside it');
    case 'special':
      return limitProblem('image/unreadable', m('limits.image-special', { name }), m('limits.image-special-hint'));
    case 'too-large': {
      const megabytes = Math.ceil(read.size / 2 ** 20);
      return limitProblem('image/too-large', m('limits.image-bytes', { name, megabytes, limit: LIMITS.imageBytes / 2 ** 20 }), m('limits.image-bytes-hint'));
    }
  }
  const checked = await checkImage(read.bytes);
  switch (checked.kind) {
    case 'image':
      return { kind: 'image', src, format: checked.format, width: checked.width, height: checked.height };
    case 'damaged': {
      const { damage } = checked;
      const rule = damage.key === 'limits.image-pixels' || damage.key === 'limits.png-data-bytes' ? 'image/too-large' : 'image/damaged';
      return limitProblem(rule, { key: damage.key, params: { ...damage.params, name } }, m(damageHint(damage)));
    }
    default:
      return problem(
        'image/format',
        `image "${name}" is not a JPEG or PNG file${checked.looksLike !== undefined ? ` (it looks like ${checked.looksLike})` : ''}`,
        'save it as PNG (drawings, screenshots) or JPEG (photos): these are the formats a PDF embeds as they are',
      );
  }
}

async function missing(name: string, file: string, folder: string): Promise<ImageProblem> {
  const message = `image file "${name}" not found`;
  let siblings: string[];
  try {
    siblings = await readdir(path.dirname(file));
  } catch {
    const parent = path.relative(folder, path.dirname(file));
    return problem('image/missing', message, `there is no folder "${parent}" (paths are relative to the issue’s folder)`);
  }
  const suggestion = didYouMean(path.basename(file), siblings);
  const written = path.basename(name);
  return problem(
    'image/missing',
    message,
    suggestion === undefined
      ? 'paths are relative to the issue’s folder; check the spelling and the case of the name'
      : `did you mean \`${name.slice(0, name.length - written.length)}${suggestion}\`?`,
  );
}

function outside(name: string, file: string, folder: string, viaLink = false): ImageProblem {
  const relative = path.relative(folder, file);
  return problem(
    'image/outside',
    viaLink
      ? `image "${name}" is a link to a file outside the issue’s folder`
      : `image "${name}" is outside the issue’s folder${relative === name ? '' : ` (${relative})`}`,
    'copy the picture into the issue’s folder (or a subfolder), or pass --allow-outside to use it where it is',
  );
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function reasonOf(error: unknown): string {
  const code = codeOf(error);
  return (code === undefined ? undefined : reasons[code]) ?? (error instanceof Error ? error.message : String(error));
}
