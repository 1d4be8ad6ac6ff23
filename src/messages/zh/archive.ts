import type { archive as en } from '../en/archive.js';

export const archive: typeof en = {
  'archive.placeholder': (p) => `这里仍是占位文字“${p.text}”`,
  'archive.placeholder-hint': () => '请改写为实际内容（这段文字是 bulletin init 或 bulletin new 预先填入的）',
  'archive.init-done': (p) => `已在 ${p.dir} 建立简报存档：`,
  'archive.init-next': () => '请填写 bulletin.yaml 和这一期的内容，然后运行 bulletin check . 检查、bulletin build . 排版',
  'archive.init-exists': (p) => `${p.file} 已经存在，未作改动`,
  'archive.init-has-issues': (p) => `${p.file} 已是一期简报：这个文件夹已是存档（新的一期请用 bulletin new 创建）`,
  'archive.init-nothing-written': () => '没有写入任何文件',
  'archive.init-file-in-the-way': (p) => `无法建立文件夹 ${p.dir}：该路径上已有同名文件`,
  'archive.init-cannot-make': (p) => `无法建立文件夹 ${p.dir}（${p.code}）：请确认您有权在那里写入`,
  'archive.bad-title': () => '简报名称应写在一行内，且不能为空。',
  'archive.bad-number': () => '应为不小于 1 的整数。',
  'archive.watching-folder': (p) => `正在监视 ${p.dir} 中的 ${p.count} 期简报（包括新加入的）及其 bulletin.yaml；按 Ctrl-C 停止`,
  'archive.watch-empty': (p) => `文件夹 ${p.dir} 中没有 *.md 简报`,
};
