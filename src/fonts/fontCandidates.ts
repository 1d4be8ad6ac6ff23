import type { FontRole } from '../typeset/types.js';

/** A face a role may use: a file name to look for, and the face's PostScript name in a collection. */
export interface FaceCandidate {
  readonly file: string;
  readonly postscriptName?: string;
}

/**
 * Installed faces of the customary kind for each role (docs/layout.md D.1), most customary first:
 * Windows, then macOS, then common Linux packagings of the same faces.
 */
export const SYSTEM_FACES: Readonly<Record<FontRole, readonly FaceCandidate[]>> = {
  title: [{ file: 'FZXBSJW.TTF' }, { file: '方正小标宋简体.ttf' }, { file: 'FZXBSJW--GB1-0.ttf' }, { file: 'FZXiaoBiaoSong-B05S.ttf' }],
  body: [
    { file: 'simsun.ttc', postscriptName: 'SimSun' },
    { file: 'SimSun.ttf' },
    { file: 'Songti.ttc', postscriptName: 'STSongti-SC-Regular' },
    { file: 'STSONG.TTF' },
  ],
  hei: [{ file: 'simhei.ttf' }, { file: 'STHeiti Medium.ttc', postscriptName: 'STHeitiSC-Medium' }, { file: 'STHEITI.TTF' }],
  kai: [{ file: 'simkai.ttf' }, { file: 'Kaiti.ttc', postscriptName: 'STKaitiSC-Regular' }, { file: 'STKAITI.TTF' }],
  mono: [{ file: 'consola.ttf' }, { file: 'Menlo.ttc', postscriptName: 'Menlo-Regular' }],
};

/** Chinese and English names users write in `fonts:` for the customary faces. */
export const FACE_ALIASES: Readonly<Record<string, readonly FaceCandidate[]>> = {
  宋体: SYSTEM_FACES.body,
  SimSun: SYSTEM_FACES.body,
  黑体: SYSTEM_FACES.hei,
  SimHei: SYSTEM_FACES.hei,
  楷体: SYSTEM_FACES.kai,
  楷体_GB2312: [{ file: 'simkai.ttf' }, { file: 'SIMKAI.TTF' }, { file: '楷体_GB2312.ttf' }],
  KaiTi: SYSTEM_FACES.kai,
  仿宋: [{ file: 'simfang.ttf' }, { file: 'STFANGSO.TTF' }, { file: 'Songti.ttc', postscriptName: 'STFangsong' }],
  仿宋_GB2312: [{ file: '仿宋_GB2312.ttf' }, { file: 'FS_GB2312.ttf' }, { file: 'simfang.ttf' }],
  FangSong: [{ file: 'simfang.ttf' }, { file: 'STFANGSO.TTF' }],
  方正小标宋简体: SYSTEM_FACES.title,
  小标宋: SYSTEM_FACES.title,
};

/** Bundled open fonts (fonts/README.md): the last link of every chain. */
export const BUNDLED_FACES: Readonly<Record<FontRole, string>> = {
  title: 'NotoSerifSC-Black.otf',
  body: 'NotoSerifSC-Regular.otf',
  hei: 'NotoSansSC-Medium.otf',
  kai: 'BulletinKai-Regular.ttf',
  mono: 'NotoSansMono-Regular.ttf',
};

/**
 * Where a missing character is looked for next, same style class first (docs/layout.md D.2):
 * serif roles fall back to serif, then to the others.
 */
export const FALLBACK_ORDER: Readonly<Record<FontRole, readonly FontRole[]>> = {
  title: ['body', 'hei', 'kai'],
  body: ['title', 'kai', 'hei'],
  hei: ['body', 'title', 'kai'],
  kai: ['body', 'title', 'hei'],
  // Code is Latin in a monospace face; its Chinese comes from the Hei face, closest in colour.
  mono: ['hei', 'body', 'kai', 'title'],
};
