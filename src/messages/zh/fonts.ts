import type { fonts as en } from '../en/fonts.js';

// The font roles as clerks call them (title, body, hei, kai, mono in `fonts:`).
const ROLES: Readonly<Record<string, string>> = { title: '标题字体 title', body: '正文字体 body', hei: '黑体 hei', kai: '楷体 kai', mono: '代码字体 mono' };
const role = (name: string): string => ROLES[name] ?? name;

export const fonts: typeof en = {
  'fonts.not-found': (p) => `未安装字体“${p.font}”（用于${role(p.role)}），改用后备字体`,
  'fonts.not-found-hint': () =>
    '可写已安装字体的字族名（字体自带的中文名或英文名）、字体文件名或文件路径；字体所在文件夹可用 --font-path 指定（运行 bulletin fonts 可查看各角色实际使用的字体）',
  'fonts.not-a-file': (p) => `字体文件 ${p.file}（用于${role(p.role)}）不是普通文件，改用后备字体`,
  'fonts.too-large': (p) => `字体文件 ${p.file}（用于${role(p.role)}）超过 ${p.limit} MB，改用后备字体`,
  'fonts.not-a-font': (p) => `${p.file}（用于${role(p.role)}）不是 bulletin 能读取的字体（TrueType 或 OpenType，即 .ttf/.otf/.ttc），改用后备字体`,
  'fonts.unreadable': (p) => `无法读取字体文件 ${p.file}（用于${role(p.role)}），改用后备字体`,
  'fonts.file-hint': () => '请写 .ttf、.otf 或 .ttc 字体文件，或字体的字族名',
  'fonts.option-fonts': () => '使用哪些字体：bundled（只用 bulletin 自带字体，任何电脑排出的字形都相同）或 installed（默认，也用本机安装的字体）',
  'fonts.option-font-path': () => '先在此文件夹中查找字体（可多次指定）',
  'fonts.font-path-missing': (p) => `--font-path ${p.path}：文件夹不存在`,
  'fonts.font-path-not-folder': (p) => `--font-path ${p.path}：不是文件夹`,
  'fonts.changed': (p) => `字体文件 ${p.file} 在生成过程中被改动或删除，现已无法使用`,
  'fonts.changed-hint': () => '请放回该字体文件（或改用其他字体）后重新生成',
};
