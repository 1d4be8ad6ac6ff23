import type { perf as en } from '../en/perf.js';

export const perf: typeof en = {
  'perf.watch-built': (p) => `${p.line}，用时 ${p.ms} 毫秒`,
};
