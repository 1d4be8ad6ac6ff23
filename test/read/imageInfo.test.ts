import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exifOrientation } from '../../src/read/exifOrientation.js';
import { guessFileType } from '../../src/read/guessFileType.js';
import { imageInfo } from '../../src/read/imageInfo.js';
import { fixture } from './helpers.js';
import { exifPayload, jpeg, jpegWith, segment } from './jpegBytes.js';

const png = readFileSync(fixture('rich', 'images', 'dot.png'));

describe('imageInfo', () => {
  it('reads PNG and JPEG sizes from their headers', () => {
    expect(imageInfo(png)).toEqual({ kind: 'image', format: 'png', width: 2, height: 1 });
    expect(imageInfo(jpeg)).toEqual({ kind: 'image', format: 'jpeg', width: 3, height: 2 });
    // Only the header is needed: the IHDR chunk, or the segments up to the frame header.
    expect(imageInfo(png.subarray(0, 24))).toMatchObject({ width: 2, height: 1 });
    expect(imageInfo(jpeg.subarray(0, jpeg.indexOf(0xc4)))).toMatchObject({ width: 3, height: 2 });
  });

  it('skips fill bytes and standalone markers, and reads progressive frames', () => {
    const sof0 = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    const progressive = Uint8Array.from(jpeg);
    progressive[sof0 + 1] = 0xc2;
    expect(imageInfo(progressive)).toMatchObject({ format: 'jpeg', width: 3, height: 2 });
    const filled = Uint8Array.from([...jpeg.subarray(0, sof0), 0xff, 0xff, ...jpeg.subarray(sof0)]);
    expect(imageInfo(filled)).toMatchObject({ width: 3, height: 2 });
    // DHT (C4) shares the C0–CF range but is not a frame header.
    const dhtFirst = jpegWith(segment(0xc4, Uint8Array.from([0, 1, ...new Array<number>(15).fill(0), 0])));
    expect(imageInfo(dhtFirst)).toMatchObject({ width: 3, height: 2 });
  });

  it('asks for more bytes when the frame header lies beyond them, unless the file is complete', () => {
    const start = jpeg.subarray(0, 30);
    expect(imageInfo(start)).toEqual({ kind: 'needMore' });
    expect(imageInfo(start, true)).toMatchObject({ kind: 'damaged', format: 'jpeg', reason: 'the file ends before its frame header' });
  });

  it('reports damaged headers', () => {
    expect(imageInfo(png.subarray(0, 16))).toMatchObject({ kind: 'damaged', format: 'png' });
    const scanFirst = Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0, 2]);
    expect(imageInfo(scanFirst)).toMatchObject({ kind: 'damaged', reason: 'its image data starts before a frame header' });
    expect(imageInfo(Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]))).toMatchObject({ kind: 'damaged', reason: 'it ends before its frame header' });
    expect(imageInfo(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0x12]))).toMatchObject({ kind: 'damaged', reason: 'byte 8 should start a marker' });
  });

  it('swaps the size of a JPEG that EXIF turns a quarter turn, in either byte order', () => {
    expect(imageInfo(jpegWith(segment(0xe1, exifPayload(6, 'MM'))))).toMatchObject({ width: 2, height: 3 });
    expect(imageInfo(jpegWith(segment(0xe1, exifPayload(8, 'II'))))).toMatchObject({ width: 2, height: 3 });
    expect(imageInfo(jpegWith(segment(0xe1, exifPayload(3, 'II'))))).toMatchObject({ width: 3, height: 2 });
    expect(exifOrientation(exifPayload(6, 'II'))).toBe(6);
    expect(exifOrientation(Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>'))).toBeUndefined();
  });

  it('says what other files look like', () => {
    const other = (bytes: Uint8Array | string) => imageInfo(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
    expect(other('GIF89a\x01\x00\x01\x00')).toEqual({ kind: 'other', looksLike: 'a GIF image' });
    expect(other('RIFF\x24\x00\x00\x00WEBPVP8 ')).toEqual({ kind: 'other', looksLike: 'a WebP image' });
    expect(other('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">')).toEqual({ kind: 'other', looksLike: 'an SVG drawing' });
    expect(other('%PDF-1.7\n')).toEqual({ kind: 'other', looksLike: 'a PDF document' });
    expect(other('\x00\x00\x00\x1cftypheic')).toEqual({ kind: 'other', looksLike: 'a HEIC image' });
    expect(other(new Uint8Array(0))).toEqual({ kind: 'other', looksLike: 'an empty file' });
    expect(other(Buffer.from('不是图片。\n'))).toEqual({ kind: 'other', looksLike: 'a text file' });
    expect(other('BMW 报告\n')).toEqual({ kind: 'other', looksLike: 'a text file' });
    expect(other(Uint8Array.from([0, 1, 2, 3, 250, 251]))).toEqual({ kind: 'other' });
    // A text file cut in the middle of a character is still text.
    expect(guessFileType(Buffer.from('图片').subarray(0, 4))).toBe('a text file');
  });
});
