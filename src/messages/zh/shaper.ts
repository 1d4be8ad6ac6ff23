import type { shaper as en } from '../en/shaper.js';

/** 排字：没有任何字体包含的字符，逐一列出的之外另作一条汇总。 */
export const shaper: typeof en = {
  'shaper.missing-glyphs-more': (p) => `另有 ${p.count} 个字符没有任何字体包含，未逐一列出（只列出了前 ${p.limit} 个）；它们会印成空白方框`,
  'shaper.missing-glyphs-more-hint': () =>
    '请安装包含这些字符的字体，并在 `fonts:` 中或用 --font-path 指定；这么多字符缺字，通常说明文件不是要排的文字（编码不对，或是二进制数据）',
};
