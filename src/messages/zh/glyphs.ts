import type { glyphs as en } from '../en/glyphs.js';

export const glyphs: typeof en = {
  'glyphs.missing': (p) => `所有字体中都没有“${p.char}”（U+${p.hex}）这个字，它会印成空框`,
  'glyphs.missing-also': (p) => `所有字体中都没有“${p.char}”（U+${p.hex}）这个字，它会印成空框（第 ${p.lines} 行也有）`,
  'glyphs.missing-hint': () => '请安装含有这个字的字体，并在 `fonts:` 中或用 --font-path 指定它，或者换一个字',
};
