import type { perf as en } from '../en/perf.js';

export const perf: typeof en = {
  'perf.watch-built': (p) => `${p.line}，用时 ${p.ms} 毫秒`,
  'perf.watch-unwatched': (p) => `无法监视 ${p.folder}（${p.reason}）：在那里保存不会触发重排`,
};
