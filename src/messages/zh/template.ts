import type { template as en } from '../en/template.js';

/** 模板的消息（英文版见 ../en/template.ts）。 */
export const template: typeof en = {
  'template.not-found': (p) => `模板“${p.name}”既不是内置模板，也不是含 template.yaml 的文件夹`,
  'template.not-found-hint': (p) => `请写内置模板名（${p.builtins}），或含 template.yaml 的文件夹（相对于写它的文件），例如 \`template: ./my-template\``,
  'template.extends-cycle': (p) => `模板“${p.name}”经 \`extends\` 链继承了它自己`,
  'template.extends-cycle-hint': () => '模板应继承内置模板或另一个文件夹；请删去绕回来的 `extends`',
  'template.extends-too-deep': (p) => `模板相互继承超过 ${p.limit} 层`,
  'template.extends-too-deep-hint': () => '请直接继承内置模板',
  'template.unknown-field': (p) => `未知的模板字段“${p.field}”`,
  'template.known-fields-hint': (p) => `${p.parent !== '' ? `“${p.parent}”的` : ''}已知字段：${p.known}`,
  'template.did-you-mean': (p) => `是不是 \`${p.suggestion}\`？`,
  'template.missing-field': (p) => `缺少模板字段“${p.field}”`,
  'template.missing-field-hint': () => '可用 `extends: jinqiao` 从内置模板开始，只写不同之处',
  'template.wrong-type': (p) => `模板字段“${p.field}”应为${typeName(p.expected)}，而不是 ${p.found}`,
  'template.not-whole': (p) => `模板字段“${p.field}”应为整数，而不是 ${p.found}`,
  'template.one-of': (p) => `模板字段“${p.field}”应为 ${p.options} 之一，而不是 ${p.found}`,
  'template.too-small': (p) => `模板字段“${p.field}”至少为 ${p.limit}，而不是 ${p.found}`,
  'template.too-big': (p) => `模板字段“${p.field}”至多为 ${p.limit}，而不是 ${p.found}`,
  'template.bad-format': (p) => `模板字段“${p.field}”的写法不对：${p.found}`,
  'template.bad-format-hint': () => '颜色写作 `rgb: "#E60012"`；字段名由字母、数字、`_` 和 `-` 组成',
  'template.invalid': (p) => `模板字段“${p.field}”无效：${p.found}`,
  'template.schema-hint': () => '各字段的说明见 README（Templates 一节）和 schema/template.schema.json',
  'template.unknown-colour': (p) => `模板字段“${p.field}”用了颜色“${p.name}”，但模板的 \`colours\` 没有定义它（${p.known}）`,
  'template.unknown-colour-hint': () => '请在 `colours` 中添加，例如 `blue: { cmyk: [1, 0.5, 0, 0], rgb: "#0050A0" }`',
  'template.no-black': () => '模板的 `colours` 没有 `black`：正文用它排印',
  'template.no-black-hint': () => '请在 `colours` 中添加 `black: { cmyk: [0, 0, 0, 1], rgb: "#000000" }`',
  'template.unknown-placeholder': (p) => `模板字段“${p.field}”用了 {${p.name}}，但没有这个元数据字段（${p.known}）`,
  'template.unknown-placeholder-hint': () => '请在 `fields:` 中声明该字段（例如 `fields: { number: { required: true } }`），或改正字段名',
  'template.unclosed-section': (p) => `模板字段“${p.field}”的 [ 没有对应的 ]`,
  'template.unclosed-section-hint': () => '[ ] 中的部分在其字段为空时略去；请用 ] 结束它',
  'template.logo-hint': () => '标志图须是模板文件夹中的 JPEG 或 PNG 图片，路径相对于 template.yaml，例如 `src: logo.png`',
  'template.declared-field-hint': (p) => `模板“${p.template}”用到它，例如 \`${p.example}\``,
  'template.field-value': (p) => `元数据字段“${p.field}”应为文字或数字，而不是 ${p.found}`,
  'template.field-value-hint': (p) => `例如 \`${p.field}: "0042"\``,
};

function typeName(expected: string): string {
  const names: Readonly<Record<string, string>> = { number: '数字', string: '文字', boolean: 'true 或 false', object: '映射', array: '列表' };
  return names[expected] ?? expected;
}
