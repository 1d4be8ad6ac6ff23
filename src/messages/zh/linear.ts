import type { linear as en } from '../en/linear.js';

export const linear: typeof en = {
  'linear.masthead-field-too-wide': (p) => `头部字段“${p.field}”（${p.chars} 个字符）太长，在报头中排紧后仍超出所在行，只印出前 ${p.shown} 个字符`,
  'linear.masthead-field-too-wide-hint': () => '请缩短：报头中这一项只排一行',
  'linear.too-many-sponsors': (p) => `主办单位共 ${p.count} 个，首页报头排不下，只印出前 ${p.fit} 个`,
  'linear.too-many-sponsors-hint': () => '请减少主办单位，或改在正文中列出',
  'linear.paragraph-too-long': (p) => `这一段有 ${p.chars} 个字符，一段最多排 ${p.limit} 个`,
  'linear.paragraph-too-long-hint': () => '请用空行把它分成几段',
  'linear.colophon-too-long': (p) => `版记需要 ${p.lines} 行，末页只排得下 ${p.fit} 行`,
  'linear.colophon-too-long-hint': () => '请缩短报送、发送名单或秘书处信息',
  'linear.figure-too-tall': (p) => `这张图连同图题需要 ${p.lines} 行，一页只有 ${p.fit} 行`,
  'linear.figure-too-tall-hint': () => '请缩短图题（![…](…) 方括号中的文字）',
};
