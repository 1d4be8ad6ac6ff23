import type { encoding as en } from '../en/encoding.js';

const kinds: Readonly<Record<string, string>> = { issue: '简报文件', config: 'bulletin.yaml', template: '模板文件' };
const kindOf = (kind: string): string => kinds[kind] ?? kind;
const labels: Readonly<Record<string, string>> = { 'front matter': '文件头（front matter）', 'bulletin.yaml': 'bulletin.yaml', option: '命令行选项' };
const labelOf = (label: string): string => labels[label] ?? label;
const types: Readonly<Record<string, string>> = { folder: '文件夹', fifo: '命名管道（FIFO）', socket: '套接字', device: '设备文件' };
const reasons: Readonly<Record<string, string>> = {
  missing: '文件不存在',
  denied: '没有读取权限',
  folder: '这是文件夹，不是文件',
  loop: '符号链接层数过多',
};
const saveAsUtf8 = '在记事本或 WPS 中选“另存为”，编码选“UTF-8”';

export const encoding: typeof en = {
  'encoding.unreadable': (p) => `无法读取${kindOf(p.kind)}：${reasons[p.reason] ?? p.reason}`,
  'encoding.unreadable-hint': (p) =>
    p.reason === 'missing' ? '请检查路径和文件名' : p.reason === 'denied' ? '请修改文件的权限或所有者，使您能够读取' : '请检查路径',
  'encoding.not-a-file': (p) => `无法读取${kindOf(p.kind)}：它是${types[p.type] ?? p.type}，不是普通文件`,
  'encoding.not-a-file-hint': (p) =>
    p.kind === 'config' ? 'bulletin.yaml 应是普通的文本文件：请删除或改名占用这个名字的内容' : '请给出保存在磁盘上的简报文件（.md）的路径',
  'encoding.too-large': (p) => `${kindOf(p.kind)}有 ${p.size} MB，超过了 bulletin 可读取的上限 ${p.limit} MB`,
  'encoding.too-large-hint': (p) =>
    p.kind === 'config' ? 'bulletin.yaml 只有几个字段：请确认文件是否选对' : '一期简报通常不过几百 KB：请确认文件是否选对，或把内容分成几期',
  'encoding.invalid': (p) => `${kindOf(p.kind)}不是 UTF-8 文本（也不是 GB18030 或带字节顺序标记的 UTF-16）：无法识别字节 ${p.byte}`,
  'encoding.invalid-hint': () => `请把文件另存为 UTF-8 编码（${saveAsUtf8}）；行号和列号指向第一个无法识别的字节`,
  'encoding.not-utf8': (p) => `${kindOf(p.kind)}以 ${p.encoding} 编码保存，不是 UTF-8；已按 ${p.encoding} 读取`,
  'encoding.not-utf8-hint': () => `运行 bulletin check --fix 可把它改存为 UTF-8；也可以${saveAsUtf8}`,
  'encoding.rewritten': (p) => `已把 ${p.file} 由 ${p.encoding} 改存为 UTF-8`,

  'encoding.yaml-undefined-alias': (p) => `${labelOf(p.label)}使用了别名 *${p.name}，但它前面没有定义锚点 &${p.name}`,
  'encoding.yaml-undefined-alias-hint': () => '请先定义锚点（`字段: &名字 值`），或者不用 `*名字`，直接写出值',
  'encoding.yaml-recursive-alias': (p) => `${labelOf(p.label)}在别名 *${p.name} 所指的值内部又使用了它自己`,
  'encoding.yaml-recursive-alias-hint': () => '一个值不能包含它自己：请直接写出里面的值，不要用 `*名字`',
  'encoding.yaml-alias-bomb': (p) => `${labelOf(p.label)}中的别名展开过多（超过 ${p.limit} 次），类似 YAML“别名炸弹”`,
  'encoding.yaml-alias-bomb-hint': (p) => `bulletin 最多展开 ${p.limit} 次别名（\`*名字\`）：请直接写出各个值`,
  'encoding.yaml-too-deep': (p) => `${labelOf(p.label)}嵌套超过 ${p.limit} 层`,
  'encoding.yaml-too-deep-hint': () => '元数据字段最多只有几层：请检查此处的括号和缩进',
  'encoding.full-width-colon': (p) => `“${p.key}”后面是全角冒号“：”，YAML 要求用半角冒号加一个空格`,
  'encoding.full-width-colon-hint': (p) => `请写成 \`${p.key}: ${p.value}\`（输入冒号时把输入法切换到英文或半角）`,
  'encoding.tab-indent': (p) => `${labelOf(p.label)}此处用制表符（Tab）缩进；YAML 只能用空格缩进`,
  'encoding.tab-indent-hint': () => '请把制表符换成空格（每层两个），例如 `  - 上海产业技术研究院`',
  'encoding.full-width-digits': (p) => `${labelOf(p.label)}字段“${p.field}”用了全角数字“${p.written}”，已按 ${p.value} 读取`,
  'encoding.full-width-digits-hint': (p) => `请用半角数字：\`${p.field}: ${p.value}\`（把输入法切换到半角）`,
  'encoding.chinese-date': (p) => `${labelOf(p.label)}字段“date”写作“${p.written}”，已按 ${p.value} 读取`,
  'encoding.chinese-date-hint': (p) => `日期请写成“年-月-日”（YYYY-MM-DD）格式：\`date: ${p.value}\``,
  'encoding.unclosed-front-matter': () => '第 1 行的 `---` 开始了文件头（front matter），但没有结束，因此其中的字段都没有读取',
  'encoding.unclosed-front-matter-hint': () => '请在最后一个字段之后、正文之前加一行 `---`（空行不能结束文件头）',
  'encoding.full-width-fence': (p) => `“${p.written}”似乎是要结束文件头，但结束行必须是三个半角连字符`,
  'encoding.full-width-fence-hint': () => '请在英文或半角输入状态下输入 `---`',
};
