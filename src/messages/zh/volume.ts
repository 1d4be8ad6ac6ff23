import type { volume as en } from '../en/volume.js';

export const volume: typeof en = {
  'volume.description': () => '把存档中一年的各期简报装订成一个 PDF（合订本）：封面、目录、各期正文，页码全书连续',
  'volume.archive': () => '存档文件夹（或各期简报文件）',
  'volume.option-year': () => '要装订的年份（默认：存档中最近的一年）',
  'volume.option-first-issue': () => '从第几期开始（默认：该年第一期）',
  'volume.option-last-issue': () => '到第几期为止（默认：该年最后一期）',
  'volume.option-output': () => '要写出的 PDF（默认：当前文件夹中的 volume-YYYY.pdf）',
  'volume.examples': () =>
    '\n示例：\n  $ bulletin volume archive --year 2014 -o 2014.pdf          2014 年各期合成一个 PDF\n  $ bulletin volume archive --year 2014 --from 5 --to 8       2014 年第 5 至 8 期，写出 volume-2014.pdf\n\n退出码：0 已写出，1 文档错误（列出 文件:行:列，不写出任何文件），\n2 用法错误，3 bulletin 自身的缺陷：请报告。\n',
  'volume.from-after-to': (p) => `--from ${p.from} 在 --to ${p.to} 之后`,
  'volume.no-issues': (p) => `${p.archive} 中没有 ${p.year} 年${p.range}的简报`,
  'volume.range': (p) => (p.to === '' ? `第 ${p.from} 期以后` : `第 ${p.from} 至 ${p.to} 期`),
  'volume.no-year': (p) => `${p.archive} 中没有能读出年份的简报`,
  'volume.wrote': (p) => `已写出 ${p.file}：${p.issues} 期，共 ${p.pages} 页（封面和目录 ${p.front} 页），${p.size}`,
  'volume.not-written': (p) => `未写出合订本：上面有 ${p.errors} 个错误`,
  'volume.too-many-issues': (p) => `要装订 ${p.count} 期，超过一本合订本的上限 ${p.limit} 期`,
  'volume.too-many-issues-hint': () => '请用 --from 和 --to 分册装订',
  'volume.cover-cut': (p) => `合订本封面上${p.field === 'title' ? '简报名称只排得下三行' : '主办单位排不下'}，只印出放得下的部分`,
  'volume.cover-cut-hint': () => '请在 bulletin.yaml 中改短，或接受现在的封面',
};
