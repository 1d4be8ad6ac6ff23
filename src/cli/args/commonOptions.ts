import { Option } from 'commander';

/** `--font-path <dir>`, repeatable, in order: shared by every command that resolves fonts. */
export function fontPathOption(): Option {
  return new Option('--font-path <dir>', 'a folder of fonts to search first (repeatable)').argParser((v: string, prev: string[] = []) => [...prev, v]);
}
