import type { templates as en } from '../en/templates.js';

/** 模板命令的消息：bulletin templates、bulletin template new、init --template。 */
export const templates: typeof en = {
  'templates.description': () => '列出模板：bulletin 内置的模板和本简报自己的模板（templates/名称/template.yaml）',
  'templates.dir': () => '简报文件夹中的任一文件夹（默认：当前文件夹）',
  'templates.examples': () =>
    '\n示例：\n  $ bulletin templates                         内置模板和本简报自己的模板\n  $ bulletin templates archive                 archive/ 中简报的模板\n',
  'templates.heading-name': () => '名称',
  'templates.heading-use': () => '写法（template:）',
  'templates.heading-description': () => '说明',
  'templates.builtin': () => '内置',
  'templates.extends': (p) => `基于 ${p.base}`,
  'templates.no-description': () => '（无说明）',
  'templates.unreadable-file': () => '（无法读取：不是可读的文件）',
  'templates.unreadable-yaml': () => '（无法读取：不是 YAML 或 JSON）',
  'templates.archive-none': (p) => `${p.dir} 中没有自己的模板（bulletin template new 名称 可新建一个）`,
  'templates.listing-hint': () => '在 bulletin.yaml 中 template: 后写上模板的名称或路径即可使用',
  'templates.group-description': () => '新建本简报自己的模板',
  'templates.new-description': () => '在简报文件夹中新建 templates/名称/template.yaml，基于某个模板修改（不覆盖已有文件）',
  'templates.new-name': () => '新模板的名称（即 templates/ 下的文件夹名）',
  'templates.option-base': () => '作为基础的模板：内置模板或本简报自己的模板（默认：jinqiao）',
  'templates.option-dir': () => '简报文件夹中的任一文件夹（默认：当前文件夹）',
  'templates.new-examples': () =>
    '\n示例：\n  $ bulletin template new 区简报 --from jinqiao    写出 templates/区简报/template.yaml\n  $ bulletin template new red --from gongwen --dir archive\n',
  'templates.bad-name': (p) => `“${p.name}”不能作模板名称：应为文件夹名，不能为空，不能含 / \\ : * ? " < > | 或控制字符`,
  'templates.unknown-base': (p) => `没有名为“${p.from}”的模板可作基础；现有模板：${p.known}`,
  'templates.new-exists': (p) => `${p.file} 已存在，未作改动`,
  'templates.new-done': (p) => `已新建模板 ${p.name}（基于 ${p.from}）：`,
  'templates.new-next': (p) => `修改后，在 bulletin.yaml 中写 template: ${p.use} 即可使用`,
  'templates.option-template': () => '简报使用的内置模板（默认：jinqiao；见 bulletin templates）',
  'templates.unknown-builtin': (p) => `没有名为“${p.name}”的内置模板；内置模板有：${p.known}`,
};
