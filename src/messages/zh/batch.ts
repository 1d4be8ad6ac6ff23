import type { batch as en } from '../en/batch.js';

export const batch: typeof en = {
  'batch.unreadable-numbers': () => '读不出这一期的期号，新一期的期号可能与它重复',
  'batch.unreadable-numbers-hint': () => '请对整个文件夹运行 `bulletin check`，并改正这一期的文件头',
  'batch.date-before-last': (p) => `日期 ${p.date} 早于最近一期（${p.last}，${p.lastDate}）`,
  'batch.date-before-last-hint': () => '请用 --date YYYY-MM-DD 给出新一期的日期',
};
