import { Option } from 'commander';
import { t } from '../../messages/catalogue.js';

/** `--font-path <dir>`, repeatable, in order: shared by every command that resolves fonts. */
export function fontPathOption(): Option {
  return new Option('--font-path <dir>', t('fonts.option-font-path')).argParser((v: string, prev: string[] = []) => [...prev, v]);
}

/** `--fonts bundled|installed`: shared by every command that resolves fonts. */
export function fontsOption(): Option {
  return new Option('--fonts <which>', t('fonts.option-fonts')).choices(['bundled', 'installed']);
}

/** The font flags as an invocation's fields: `fonts` only when given. */
export function fontFlags(opts: { fontPath?: string[]; fonts?: 'bundled' | 'installed' }): { fontPaths: string[]; fonts?: 'bundled' | 'installed' } {
  return { fontPaths: opts.fontPath ?? [], ...(opts.fonts ? { fonts: opts.fonts } : {}) };
}
