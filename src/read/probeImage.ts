import type { FileHandle } from 'node:fs/promises';
import { open, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { didYouMean } from '../diagnostics/didYouMean.js';
import { imageInfo, type ImageInfo } from './imageInfo.js';
import { isInside, locateImage, problem, type ImageProblem } from './locateImage.js';

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

// Enough for the header of nearly every JPEG; EXIF thumbnails and ICC profiles can push the
// frame header further, and then the read grows (×16) until it is found or the file ends.
const firstRead = 64 * 1024;

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
 * links are followed for this check. Only the start of the file is read.
 *
 * @param url The image destination as written in the Markdown.
 * @param options The issue's folder and whether images may lie outside it.
 * @returns The checked image, or the problem (missing, unreadable, outside, remote, not JPEG/PNG).
 */
export async function probeImage(url: string, options: ProbeImageOptions): Promise<ImageProbe> {
  const located = locateImage(url, options.folder);
  if (located.kind === 'problem') return located;
  const name = url.trim();
  const first = located.paths[0] ?? options.folder;
  if (!options.allowOutside && !isInside(first, options.folder)) return outside(name, first, options.folder);

  let handle: FileHandle | undefined;
  let src = first;
  for (const candidate of located.paths) {
    try {
      handle = await open(candidate, 'r');
      src = candidate;
      break;
    } catch (error) {
      const code = codeOf(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      return problem('image/unreadable', `cannot read image "${name}": ${reasonOf(error)}`, 'check that the file can be read by you');
    }
  }
  if (handle === undefined) return await missing(name, first, options.folder);

  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return problem('image/unreadable', `image "${name}" is a folder, not a file`, 'name the picture file inside it');
    if (!options.allowOutside && !isInside(await realpath(src), await realpath(options.folder))) {
      return outside(name, src, options.folder, true);
    }
    const info = await readInfo(handle, stat.size);
    switch (info.kind) {
      case 'image':
        return { kind: 'image', src, format: info.format, width: info.width, height: info.height };
      case 'damaged':
        return problem(
          'image/damaged',
          `image "${name}" starts like a ${info.format.toUpperCase()} file, but ${info.reason}`,
          'open it in an image editor and save it again as JPEG or PNG',
        );
      default:
        return problem(
          'image/format',
          `image "${name}" is not a JPEG or PNG file${info.kind === 'other' && info.looksLike !== undefined ? ` (it looks like ${info.looksLike})` : ''}`,
          'save it as PNG (drawings, screenshots) or JPEG (photos): these are the formats a PDF embeds as they are',
        );
    }
  } catch (error) {
    return problem('image/unreadable', `cannot read image "${name}": ${reasonOf(error)}`, 'check that the file can be read by you');
  } finally {
    await handle.close();
  }
}

/** Read the header, growing the read while a JPEG's frame header lies beyond it. */
async function readInfo(handle: FileHandle, size: number): Promise<ImageInfo> {
  let length = Math.min(size, firstRead);
  for (;;) {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    const complete = bytesRead >= size || bytesRead < length;
    const info = imageInfo(buffer.subarray(0, bytesRead), complete);
    if (info.kind !== 'needMore' || complete) return info;
    length = Math.min(size, length * 16);
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
