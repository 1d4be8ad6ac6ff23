// Makes the pictures of examples/rich.md; both are bulletin's own work, free to use (MIT).
//   masthead.jpg: page 1 of the reference issue, cropped to its masthead:
//     npx bulletin build examples/2014-04.md -o out
//     pdftoppm -jpeg -jpegopt quality=80 -r 96 -f 1 -l 1 -x 80 -y 125 -W 640 -H 262 out/2014-04.pdf examples/images/masthead
//   chart.png (this script): a bar chart on a transparent background, to show PNG alpha.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const width = 480;
const height = 240;
const values = [42, 55, 61, 78, 70, 88];
const rgba = new Uint8Array(width * height * 4);
const put = (x, y, [r, g, b, a]) => {
  const i = (y * width + x) * 4;
  rgba.set([r, g, b, a], i);
};
// Axis in grey, bars in the masthead red, a lighter band behind every other bar.
for (let x = 30; x < width - 10; x++) put(x, height - 20, [90, 90, 90, 255]);
for (let y = 10; y <= height - 20; y++) put(30, y, [90, 90, 90, 255]);
values.forEach((v, k) => {
  const x0 = 50 + k * 70;
  const top = height - 20 - Math.round((v / 100) * (height - 40));
  for (let x = x0; x < x0 + 40; x++) for (let y = top; y < height - 20; y++) put(x, y, [230, 0, 18, 255]);
  if (k % 2 === 0) for (let x = x0 - 10; x < x0 + 50; x++) for (let y = 10; y < top; y++) put(x, y, [230, 0, 18, 40]);
});

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
const header = Buffer.alloc(13);
header.writeUInt32BE(width, 0);
header.writeUInt32BE(height, 4);
header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
const raw = Buffer.alloc(height * (1 + width * 4));
for (let y = 0; y < height; y++) Buffer.from(rgba.subarray(y * width * 4, (y + 1) * width * 4)).copy(raw, y * (1 + width * 4) + 1);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../examples/images/chart.png', import.meta.url), png);
