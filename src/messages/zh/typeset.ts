import type { typeset as en } from '../en/typeset.js';

export const typeset: typeof en = {
  'typeset.half-width-mark': (p) => `中文里用了半角的“${p.mark}”`,
  'typeset.half-width-mark-hint': (p) => `请改用全角的“${p.full}”`,
  'typeset.straight-quote': (p) => `中文里用了直引号 ${p.mark}`,
  'typeset.straight-quote-hint': (p) => `请改用中文引号 ${p.full}`,
  'typeset.space-between-han': () => '两个汉字之间有空格',
  'typeset.space-between-han-hint': () => '请删去空格；如果确实需要空开，请输入全角空格“　”',
  'typeset.long-word': (p) => `“${p.word}”比一行还宽，只能在词中断开`,
  'typeset.long-word-hint': () => '请缩短它，或在可以断开的地方加一个空格',
};
