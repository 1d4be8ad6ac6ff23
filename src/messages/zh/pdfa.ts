import type { pdfa as en } from '../en/pdfa.js';

/** 存档 PDF（--pdfa）的消息。 */
export const pdfa: typeof en = {
  'pdfa.option': () => '存档用 PDF：PDF/A-2u，带结构标记（读屏软件可按序朗读），sRGB 颜色（建议存档时使用）',
};
