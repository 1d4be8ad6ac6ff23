import type { limits as en } from '../en/limits.js';

export const limits: typeof en = {
  'limits.blocks-too-deep': (p) => `此处引用块和列表嵌套超过 ${p.limit} 层`,
  'limits.inlines-too-deep': (p) => `此处强调、删除线和链接嵌套超过 ${p.limit} 层`,
  'limits.indent-too-deep': (p) => `此处引用块和列表嵌套过深（超过 ${p.limit} 层；每 2 列缩进算一层）`,
  'limits.emphasis-run': (p) => `此处强调符号嵌套超过 ${p.limit} 层`,
  'limits.nesting-hint': () => '请减少嵌套层次：简报一般不超过三层',
};
