import type { diagnostics as en } from '../en/diagnostics.js';

export const diagnostics: typeof en = {
  'diagnostics.more-of-rule': (p) => `此后还有 ${p.count} 处同类问题（${p.rule}），不再逐一列出`,
  'diagnostics.more-of-rule-hint': () => '请先改正已列出的问题，再重新生成，即可看到其余问题',
};
