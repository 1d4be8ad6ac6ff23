import { link, lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';

/**
 * The file-system calls that write a build's outputs (and a new issue), in one object: the seam
 * through which the tests give a write a full disk or a read-only folder on machines where they
 * cannot mount one.
 */
export const outputFs = { link, lstat, mkdir, rename, rm, writeFile };
