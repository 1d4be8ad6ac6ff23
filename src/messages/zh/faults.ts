import type { faults as en } from '../en/faults.js';

export const faults: typeof en = {
  'faults.permission': () => '权限不足：bulletin 无权在此写入；请为自己开放写权限（或请其所有者开放），或换一个位置',
  'faults.read-only': () => '此处位于只读文件系统，无法写入；请换一个可写的位置',
  'faults.disk-full': () => '磁盘已满（未写入任何文件）；请腾出空间，或换到另一块磁盘上的位置',
  'faults.quota': () => '您的磁盘配额已用完（未写入任何文件）；请腾出空间，或换一个位置',
  'faults.folder-in-the-way': () => '这是一个文件夹，但输出文件需要用这个名字；请移走或改名该文件夹，或换一个位置',
  'faults.not-a-folder': () => '这是一个文件，但此处需要的是文件夹；请改名或移走该文件，或换一个位置',
  'faults.name-too-long': () => '名称超出文件系统允许的长度；请改用较短的文件名或文件夹名',
  'faults.too-many-files': () => '打开的文件过多；请关闭其他程序或调高上限（ulimit -n）后重新运行',
  'faults.io': (p) => `系统无法在此写入（${p.code}）；请检查磁盘，或换一个位置`,
  'faults.out-dir-hint': () => '用 --out-dir 目录 输出到另一个文件夹',
  'faults.manifest-damaged': () => '构建记录（.bulletin-manifest.json）已损坏，已忽略；其中所列各期将重新生成，记录也将重写',
  'faults.manifest-entries': (p) => `构建记录（.bulletin-manifest.json）中有 ${p.count} 条已损坏，已忽略；相应各期将重新生成`,
  'faults.manifest-unwritten': (p) => `无法写入构建记录（.bulletin-manifest.json）（${p.reason}）；输出文件无误，但下次构建会重新生成这些期`,
  'faults.epoch': (p) =>
    `SOURCE_DATE_EPOCH 须为自 1970-01-01 起的整秒数，最大 253402300799（9999 年末），不能是“${p.value}”；请改正或取消该变量`,
};
