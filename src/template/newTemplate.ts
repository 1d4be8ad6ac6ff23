import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isScalar, parseDocument, stringify, visit } from 'yaml';
import { writeExclusive } from '../batch/writeExclusive.js';
import { listTemplates, type TemplateEntry } from './listTemplates.js';
import { ARCHIVE_TEMPLATES_FOLDER, templateFileOf } from './templateFolders.js';

/** Options of {@link newTemplate}. */
export interface NewTemplateOptions {
  /** The new template's name: its folder's name under the archive's `templates/`. */
  readonly name: string;
  /** The template it starts from: a built-in name or one of the archive's own (optional, default `jinqiao`). */
  readonly from?: string;
  /** A folder of the archive (optional, default the working folder). */
  readonly dir?: string;
}

/** The outcome of {@link newTemplate}. */
export type NewTemplateResult =
  | {
      readonly kind: 'created';
      /** The archive folder. */
      readonly archive: string;
      /** Absolute path of the new template.yaml. */
      readonly file: string;
      /** What to write after `template:` in bulletin.yaml: `templates/NAME`. */
      readonly use: string;
      /** The template it extends. */
      readonly from: TemplateEntry;
    }
  /** The folder holds a template file already: it was left as it was. */
  | { readonly kind: 'exists'; readonly file: string }
  /** `from` names no template; `known` are the names it could have been. */
  | { readonly kind: 'unknown-base'; readonly from: string; readonly known: readonly string[] }
  /** `name` cannot be a folder's name (see {@link isTemplateName}). */
  | { readonly kind: 'bad-name'; readonly name: string };

/**
 * Whether `name` can be a template's folder name on every system: not empty, not `.` or `..`,
 * without path separators, characters Windows forbids in names, or control characters.
 */
export function isTemplateName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name.trim() === name && name !== '' && !/^\.+$/.test(name) && !/[/\\:*?"<>|\u0000-\u001f\u007f]/.test(name);
}

// The fields a template file names itself by, and the editor's schema line: the copy gets its own.
const OWN_FIELDS = ['$schema', 'name', 'description', 'extends'];

/**
 * The starting template's settings as YAML comments, for the clerk to uncomment what they change:
 * its own file as written (flow mappings and comments kept), JSON turned into YAML.
 */
async function commentedSettings(from: TemplateEntry): Promise<string> {
  const doc = parseDocument(await readFile(from.file, 'utf8'));
  doc.commentBefore = null;
  for (const key of OWN_FIELDS) doc.delete(key);
  if (from.file.endsWith('.json')) {
    // Lists of plain values (a colour's CMYK) read best on one line; mappings in blocks.
    visit(doc, {
      Map: (_, node) => {
        node.flow = false;
      },
      Seq: (_, node) => {
        node.flow = node.items.every((item) => isScalar(item));
      },
    });
  }
  const yaml = doc.toString({ lineWidth: 0 }).trimEnd();
  return yaml === '{}' || yaml === '' ? '' : yaml.split('\n').map((line) => (line === '' ? '#' : `# ${line}`)).join('\n') + '\n';
}

/** Where `extends:` of a template in `folder` finds `from`: a built-in by name, an archive's own by relative path. */
function extendsValue(from: TemplateEntry, folder: string): string {
  if (from.source === 'builtin') return from.name;
  return path.relative(folder, path.dirname(from.file)).split(path.sep).join('/');
}

/** The text of a new template.yaml that extends `from`. */
export async function templateSkeleton(name: string, from: TemplateEntry, folder: string): Promise<string> {
  const base = extendsValue(from, folder);
  return `# ${name}：本简报自己的模板，在模板 ${from.name} 的基础上修改。
# 只写与 ${from.name} 不同的设置，没写的都沿用 ${from.name}${from.source === 'builtin' ? '（bulletin 升级后随之更新）' : ''}。
# 下面以 # 开头的各行是 ${from.name} 的设置和现值：要改哪一项，就把那一行和它上面
# 各级的字段名（如 masthead:）开头的 "# " 去掉，再改写数值。列表（如报头的 parts）
# 是一个整体：要改其中一项，请把整个列表的各行都去掉 "# "。
# 各字段的含义见 bulletin 的 README（“模板”一节）。
# 在 bulletin.yaml 中写 template: ${ARCHIVE_TEMPLATES_FOLDER}/${name} 即可使用本模板；
# bulletin templates 列出可用的模板。

name: ${stringify(name).trimEnd()}
extends: ${stringify(base).trimEnd()}
description: ${stringify(name).trimEnd()}

${await commentedSettings(from)}`;
}

/**
 * Makes a template of the archive's own (`bulletin template new NAME --from jinqiao`): the folder
 * `templates/NAME/` of the archive with a `template.yaml` that `extends` the template it starts
 * from and lists that template's settings as comments, to be uncommented where they change.
 * Extending rather than copying keeps the file to what the secretariat changed, and lets the
 * rest follow bulletin's fixes to the built-in. Never overwrites: a folder that holds a template
 * file already is left as it is.
 *
 * @param options The name, the template to start from and the archive.
 * @returns What was made, or why nothing was.
 */
export async function newTemplate(options: NewTemplateOptions): Promise<NewTemplateResult> {
  if (!isTemplateName(options.name)) return { kind: 'bad-name', name: options.name };
  const fromName = options.from ?? 'jinqiao';
  const { archive, templates } = await listTemplates(options.dir !== undefined ? { dir: options.dir } : {});
  const from = templates.find((t) => t.source === 'builtin' && t.name === fromName) ?? templates.find((t) => t.source === 'archive' && (t.name === fromName || t.use === fromName));
  if (from === undefined) return { kind: 'unknown-base', from: fromName, known: [...new Set(templates.map((t) => t.name))] };
  const folder = path.join(archive, ARCHIVE_TEMPLATES_FOLDER, options.name);
  const existing = await templateFileOf(folder);
  if (existing !== undefined) return { kind: 'exists', file: existing };
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, 'template.yaml');
  if (!(await writeExclusive(file, await templateSkeleton(options.name, from, folder)))) return { kind: 'exists', file };
  return { kind: 'created', archive, file, use: `${ARCHIVE_TEMPLATES_FOLDER}/${options.name}`, from };
}
