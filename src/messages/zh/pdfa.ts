import type { pdfa as en } from '../en/pdfa.js';

/** 存档 PDF（--pdfa）的消息。 */
export const pdfa: typeof en = {
  'pdfa.cmyk-picture': (p) => `图片 ${p.name} 是 CMYK 模式的 JPEG，存档用 PDF（PDF/A，sRGB）不能包含它`,
  'pdfa.cmyk-picture-hint': () => '请把它另存为 RGB 模式的 JPEG 或 PNG（图像编辑软件中：图像 › 模式 › RGB），或者不用 --pdfa 生成',
  'pdfa.option': () => '存档用 PDF：PDF/A-2u，带结构标记（读屏软件可按序朗读），sRGB 颜色（建议存档时使用）',
};
