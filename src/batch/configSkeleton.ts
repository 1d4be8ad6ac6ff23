import { stringify } from 'yaml';
import { PLACEHOLDERS } from './issueSkeleton.js';

/** What the new bulletin.yaml is filled in with. */
export interface ConfigSkeletonOptions {
  /** The bulletin's title (optional; a placeholder without it). One line, not empty. */
  readonly title?: string;
  /** The built-in template's name (optional; without it, bulletin.yaml names none and `jinqiao` is used). */
  readonly template?: string;
  /** The fields that template declares, to be filled in (required) or offered (optional). */
  readonly fields?: Readonly<Record<string, { readonly required?: boolean | undefined; readonly example?: string | undefined }>>;
}

/**
 * The template's own fields: a required one with a placeholder that check reports until it is
 * written over, an optional one as its example, commented out.
 */
function fieldLines(template: string, fields: NonNullable<ConfigSkeletonOptions['fields']>): string {
  const entries = Object.entries(fields);
  if (entries.length === 0) return '';
  const lines = entries.map(([name, spec]) => {
    const example = spec.example ?? `${name}: …`;
    return spec.required === true ? `# ${name}：必填，例如 ${example}\n${scalar(name)}: ${PLACEHOLDERS.field}` : `# ${example}`;
  });
  return `\n# 模板 ${template} 使用的字段（去掉 # 即可使用）：\n${lines.join('\n')}\n`;
}

/** A YAML scalar on one line, quoted only when YAML needs it. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * The text of a new archive's `bulletin.yaml` (`bulletin init`): the fields every issue shares,
 * each explained in a Chinese comment for the clerk who fills them in, with placeholders that
 * `bulletin check` reports until they are written over. Fonts are left to the resolver's
 * defaults, with `fonts: bundled` offered for CI and reprints.
 */
export function configSkeleton(options: ConfigSkeletonOptions = {}): string {
  return `# bulletin.yaml：本文件夹中各期简报共用的设置。
# 每期简报是一个 YYYY-NN.md 文件（如 2014-04.md 即 2014年第4期），开头只需写
# 期号 issue、总期号 serial 和日期 date；这里的字段对每一期都有效，
# 某一期开头若写了同名字段，以那一期为准。以 # 开头的行是说明，不影响排版。
# 写好后运行 bulletin check . 检查，bulletin build . 排版。

# 模板：简报的版式（报头、版心、字体字号、页码等）。bulletin templates 列出可用的模板，
# bulletin template new 名称 --from 模板 可在此基础上做出本简报自己的模板。
${options.template !== undefined ? `template: ${scalar(options.template)}` : '# template: jinqiao'}
${options.template !== undefined && options.fields ? fieldLines(options.template, options.fields) : ''}
# 简报名称：印在报头的红色大字。
title: ${scalar(options.title ?? PLACEHOLDERS.title)}

# 主办单位：印在报头下方，每个单位一行，按排列顺序书写。
sponsors:
  - ${PLACEHOLDERS.sponsor}

# 秘书组：印在末页的落款处。
secretariat:
  # 秘书组名称，如：“金桥产业技术创新会议” 秘书组
  name: ${PLACEHOLDERS.secretariat}
  # 通信地址
  address: ${PLACEHOLDERS.address}
  # 邮政编码：请加引号，如 "201203"，以免开头的 0 丢失
  postcode: ${PLACEHOLDERS.postcode}
  # 电子邮箱
  email: ${PLACEHOLDERS.email}

# 报头下方的说明文字（可不写）：
# disclaimer: 交流资料 仅供参考

# 字体：不写时，先找本机已安装的宋体、黑体、楷体等，找不到再用 bulletin 自带的开源字体。
# 在持续集成（CI）中自动排版或重印旧期时，建议只用自带字体，使每台电脑排出的字形完全相同；
# 去掉下一行开头的 # 即可：
# fonts: bundled
# 也可以为每种用途指定字体（字体名称，或字体文件的路径）：
# fonts:
#   title: 方正小标宋简体   # 报头和文章标题
#   body: 仿宋              # 正文
#   hei: 黑体               # 一级标题、加粗
#   kai: 楷体               # 编者按、二级标题、强调
`;
}
