import type { cli as en } from '../en/cli.js';

export const cli: typeof en = {
  'cli.run-help': () => '运行 bulletin --help 查看用法。',
  'cli.bad-language': (p) => `--lang 只能是 zh 或 en，不能是“${p.value}”`,
  'cli.internal-error': (p) =>
    `bulletin ${p.version} 内部错误：这是 bulletin 的缺陷，不是您文件的问题。请连同所运行的命令一并报告（加 --debug 或设 BULLETIN_DEBUG=1 重新运行可看到详细信息）`,
  'cli.label-error': () => '错误',
  'cli.label-warning': () => '警告',
  'cli.label-hint': () => '提示',

  'cli.description': () => '把用 Markdown 写的中文简报排成可付印的 PDF',
  'cli.option-version': () => '显示版本号',
  'cli.option-help': () => '显示命令的帮助',
  'cli.option-lang': () => '提示和帮助的语言：zh 或 en（默认取自 LC_ALL、LC_MESSAGES、LANG）',
  'cli.option-debug': () => '内部错误时显示详细信息（也可设 BULLETIN_DEBUG=1）',
  'cli.help-command': () => '显示命令的帮助',
  'cli.help-choices': (p) => `（可选：${p.choices}）`,
  'cli.help-default': (p) => `（默认：${p.value}）`,
  'cli.build-description': () => '把简报（带 YAML 文件头的 Markdown）排成 PDF',
  'cli.build-files': () => '简报文件，或存放简报的文件夹',
  'cli.option-out-dir': () => '输出文件夹（默认：与各输入文件放在一起）',
  'cli.option-strict': () => '字体中缺字时按错误处理',
  'cli.option-allow-outside': () => '允许使用简报文件夹之外的图片',
  'cli.option-punct': () => '标点样式（docs/layout.md B.2）',
  'cli.option-format': () => '输出什么：PDF、独立的 HTML 网页，或两者都要（默认：pdf）',
  'cli.option-jobs': () => '同时排几期（默认：CPU 核数）',
  'cli.option-shard': () => '把全部简报分成 n 份，只排第 k 份（用于 CI 矩阵）',
  'cli.option-force': () => '输出已是最新的也重新排',
  'cli.option-json': () => '在标准输出上只打印一份机器可读的报告',
  'cli.examples': () => `
示例：
  $ bulletin build examples/2014-04.md              写出 examples/2014-04.pdf
  $ bulletin build examples/2014-04.md --out-dir out  写出 out/2014-04.pdf
  $ bulletin build issues/*.md --strict             缺字按错误处理
  $ bulletin build 2014-04.md --font-path ~/fonts   先在 ~/fonts 中找字体
  $ bulletin build 2014-04.md -f both               写出 2014-04.pdf 和 2014-04.html
  $ bulletin build archive --jobs 4                 排文件夹中的每一期，每次 4 期
  $ bulletin build archive --shard 2/3 --json       排三份中的第二份，在标准输出上给出 JSON 报告
  $ bulletin init archive --title 金桥会议传真         新建简报文件夹：bulletin.yaml 和第一期
  $ bulletin templates                              列出内置模板和本简报自己的模板
  $ bulletin new --dir archive                      新建下一期，例如 archive/2014-05.md
  $ bulletin check archive --fix                    检查期号、标点、缺字；改正标点
  $ bulletin --lang en build 2014-04.md             用英文显示提示

退出码：0 排版成功，1 文档有错误（会打印“文件:行:列”），2 用法错误，
3 bulletin 自身的缺陷：请报告。`,
  'cli.check-description': () => '只检查、不排版：文件头、期号、标点、缺字',
  'cli.check-paths': () => '简报文件或简报文件夹',
  'cli.option-fix': () => '把可以安全改正的标点直接改在文件中',
  'cli.check-examples': () =>
    '\n示例：\n  $ bulletin check archive                     检查整个文件夹，包括期号\n  $ bulletin check 2014-04.md --fix            把 , : "" ... -- 改成 ，：“” …… ——\n\n退出码：0 没有错误（可以有警告），1 有错误，2 用法错误，\n3 bulletin 自身的缺陷：请报告。\n',
  'cli.fonts-description': () => '显示每个字体角色实际使用的字体；给出一期简报时，还列出所有字体都没有的字',
  'cli.fonts-file': () => '一期简报：使用它的 fonts: 设置，并检查它的文字',
  'cli.fonts-examples': () =>
    '\n示例：\n  $ bulletin fonts                             当前文件夹的 bulletin.yaml 所用的字体\n  $ bulletin fonts 2014-04.md                  以及 2014-04.md 中所有字体都没有的字\n',
  'cli.new-description': () => '在简报文件夹中新建下一期（YYYY-NN.md），期号接着最后一期',
  'cli.option-dir': () => '简报文件夹（默认：当前文件夹）',
  'cli.option-date': () => '新一期的日期（默认：今天）',
  'cli.option-issue': () => '期号（默认：当年最后一期加 1）',
  'cli.option-serial': () => '总期号，即总第N期（默认：最大的总期号加 1）',
  'cli.new-examples': () =>
    '\n示例：\n  $ bulletin new --dir archive                 在 2014-04.md 之后新建 archive/2014-05.md\n  $ bulletin new --date 2015-01-09             2015 年的第一期：2015-01.md\n  $ bulletin new --issue 5 --serial 30         从第5期（总第30期）开始的简报文件夹\n',
  'cli.init-description': () => '新建简报文件夹：带注释的 bulletin.yaml 和第一期，不覆盖已有文件',
  'cli.init-dir': () => '简报文件夹，不存在时自动创建（默认：当前文件夹）',
  'cli.option-title': () => '简报的刊名，写入 bulletin.yaml',
  'cli.option-first-date': () => '第一期的日期（默认：今天）',
  'cli.init-examples': () =>
    '\n示例：\n  $ bulletin init archive --title 金桥会议传真    写出 archive/bulletin.yaml 和 archive/YYYY-01.md\n  $ bulletin init                              在当前文件夹中做同样的事\n  $ bulletin init --template gongwen           同上，用公文版式（GB/T 9704）\n',
  'cli.watch-description': () => '排一期简报（或一个文件夹中的各期），此后每次保存它或它的 bulletin.yaml 时重新排（按 Ctrl-C 停止）',
  'cli.watch-file': () => '一期简报，或简报文件夹（新出现的简报也会排）',
  'cli.option-watch-out-dir': () => '输出文件夹（默认：与输入文件放在一起）',
  'cli.watch-examples': () =>
    '\n示例：\n  $ bulletin watch 2014-04.md -o out           每次保存后重新写出 out/2014-04.pdf\n  $ bulletin watch archive -f html -o out      把 archive/ 中的每一期排成 HTML，保存后重新排\n',

  'cli.expected-whole-number': () => '应是不小于 1 的整数。',
  'cli.expected-shard': () => '应写成 K/N，且 1 ≤ K ≤ N，例如 2/3。',
  'cli.expected-date': () => '应是写成 YYYY-MM-DD 的真实日期。',
  'cli.unknown-option': (p) => `没有 ${p.option} 这个选项`,
  'cli.unknown-command': (p) => `没有 ${p.command} 这个命令`,
  'cli.did-you-mean': (p) => `（您是不是要用 ${p.suggestion}？）`,
  'cli.missing-argument': (p) => `缺少参数 ${p.name}`,
  'cli.option-missing-argument': (p) => `选项 ${p.option} 后面缺少值`,
  'cli.invalid-choice': (p) => `选项 ${p.option} 的值“${p.value}”无效，可选的值有 ${p.choices}。`,
  'cli.invalid-argument': (p) => `选项 ${p.option} 的值“${p.value}”无效：${p.reason}`,
  'cli.excess-arguments': (p) => `命令 ${p.command} 的参数太多：应有 ${p.expected} 个，实际有 ${p.got} 个。`,
  'cli.no-such-path': (p) => `没有这个文件或文件夹：${p.path}`,
  'cli.no-such-file': (p) => `没有这个文件：${p.file}`,
  'cli.no-such-folder': (p) => `没有这个文件夹：${p.dir}`,
  'cli.no-issues-in-folder': (p) => `文件夹 ${p.dir} 中没有 *.md 简报`,
  'cli.output-clash': (p) => `${p.first} 和 ${p.second} 都会写出 ${p.output}.*；请用不同的 --out-dir 文件夹分别排`,

  'cli.wrote-pdf': (p) => `已写出 ${p.file}（${p.pages} 页，${p.size}）`,
  'cli.wrote': (p) => `已写出 ${p.file}（${p.size}）`,
  'cli.up-to-date': (p) => `已是最新：${p.file}`,
  'cli.failed': (p) => `失败：${p.file}`,
  'cli.progress-issues': () => '期',
  'cli.batch-summary': (p) =>
    `${p.shard !== '' ? `第 ${p.shard} 份：共 ${p.total} 期中的 ${p.selected} 期` : `共 ${p.selected} 期`}：排好 ${p.built} 期，${p.skipped} 期已是最新，${p.failed} 期失败，用时 ${p.seconds} 秒${p.jobs > 0 ? `（${p.jobs} 个并行任务）` : ''}`,
  'cli.fixed-marks': (p) => `已改正 ${p.file} 中的 ${p.count} 处标点`,
  'cli.check-summary': (p) => `检查了 ${p.issues} 期：${p.errors} 个错误，${p.warnings} 个警告`,
  'cli.fonts-header': () => '角色\t字体\t来源\t字形数\t文件',
  'cli.fonts-source': (p) => SOURCES[p.source] ?? `其他（${p.source}）`,
  'cli.fonts-glyphs': (p) => `${p.count} 个字形`,
  'cli.fonts-all-covered': (p) => `${p.file} 中的每个字都有字体可用`,
  'cli.fonts-uncovered': (p) => `${p.file} 中所有字体都没有的字：`,
  'cli.fonts-lines': (p) => `第 ${p.lines} 行`,
  'cli.new-exists': (p) => `${p.file} 已经存在，未作改动`,
  'cli.new-issue': (p) => `新的一期：${p.label}，日期 ${p.date}：`,
  'cli.watching': (p) => `正在监视 ${p.file} 及其 bulletin.yaml；按 Ctrl-C 停止`,
  'cli.watch-not-built': () => '未排出：请改正上面的错误后再保存',
};

const SOURCES: Readonly<Record<string, string>> = { configured: '指定', system: '系统', installed: '已安装', bundled: '自带' };
