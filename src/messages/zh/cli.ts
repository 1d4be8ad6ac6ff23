import type { cli as en } from '../en/cli.js';

export const cli: typeof en = {
  'cli.run-help': () => '运行 bulletin --help 查看用法。',
  'cli.bad-language': (p) => `--lang 只能是 zh 或 en，不能是“${p.value}”`,
  'cli.internal-error': (p) =>
    `bulletin ${p.version} 内部错误：这是 bulletin 的缺陷，不是您文件的问题。请连同所运行的命令一并报告（加 --debug 或设 BULLETIN_DEBUG=1 重新运行可看到详细信息）`,
};
