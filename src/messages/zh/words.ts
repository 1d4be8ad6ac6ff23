// Words that reach the Chinese messages as English parameters (a label, a value's kind, a system
// reason): each is put into Chinese here, and what is not known (a file name, the system's own
// message) is kept as it is.

const LABELS: Readonly<Record<string, string>> = {
  'front matter': '文件头',
  option: '命令行选项',
};

/** Where a value was written: `front matter` → 文件头; `bulletin.yaml` stays. */
export function zhLabel(label: string): string {
  return LABELS[label] ?? label;
}

const VALUES: Readonly<Record<string, string>> = {
  empty: '空值',
  'an empty list': '空列表',
  'a list': '列表',
  'a mapping': '一组字段',
  'a date-time': '日期时间',
};

/** A value as describeValue gives it: kinds in Chinese, strings in Chinese quotes, numbers as written. */
export function zhValue(found: string): string {
  const kind = VALUES[found];
  if (kind !== undefined) return kind;
  if (found.length >= 2 && found.startsWith('"') && found.endsWith('"')) return `“${found.slice(1, -1)}”`;
  return found;
}

const REASONS: Readonly<Record<string, string>> = {
  'no such file': '文件不存在',
  'permission denied': '没有读取权限',
  'it is a folder, not a file': '这是文件夹，不是文件',
};

/** Why something could not be read; the system's own words when not known. */
export function zhReason(reason: string): string {
  return REASONS[reason] ?? reason;
}

const FILE_KINDS: Readonly<Record<string, string>> = {
  'a PDF document': 'PDF 文档',
  'a ZIP archive (a Word or PowerPoint file?)': 'ZIP 压缩包（是 Word 或 PowerPoint 文件吗？）',
  'an SVG drawing': 'SVG 矢量图',
  'an empty file': '空文件',
  'a text file': '文本文件',
};

/** What a file looks like (guessFileType): `a GIF image` → GIF 图片. */
export function zhFileKind(kind: string): string {
  const known = FILE_KINDS[kind];
  if (known !== undefined) return known;
  const image = /^an? (\S+) image$/.exec(kind);
  return image ? `${image[1]} 图片` : kind;
}

const HAN = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’]/u;
const LATIN = /[A-Za-z0-9.)\]"'`_-]/;

/**
 * Parts joined as Chinese is typeset: a space between a Latin word and a Han character
 * (bulletin.yaml 中), none between two Han characters.
 */
export function spaced(...parts: readonly string[]): string {
  let text = '';
  for (const part of parts) {
    if (part === '') continue;
    const last = text.at(-1) ?? '';
    const first = part[0] ?? '';
    const gap = (LATIN.test(last) && HAN.test(first) && !/[“”‘’，。：；！？、（）]/u.test(first)) || (HAN.test(last) && !/[“”‘’，。：；！？、（）]/u.test(last) && LATIN.test(first));
    text += gap ? ` ${part}` : part;
  }
  return text;
}
