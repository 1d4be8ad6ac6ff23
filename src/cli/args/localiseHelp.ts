import type { Argument, Command, Help, Option } from 'commander';
import { t } from '../../messages/catalogue.js';
import { currentLanguage } from '../../messages/language.js';

/**
 * Puts commander's own words into the current language: the `--help` option and `help` command,
 * and in Chinese the headings (用法：, 选项：…), the "(default: …)" notes and a line wrap that
 * counts a Han character two columns wide and may break between two of them. English keeps
 * commander's text as it is. Call it before adding subcommands: they inherit it.
 *
 * @param program The root command.
 * @returns The same command.
 */
export function localiseHelp(program: Command): Command {
  program.helpOption('-h, --help', t('cli.option-help')).helpCommand('help [command]', t('cli.help-command'));
  if (currentLanguage() === 'en') return program;
  return program.configureHelp({
    styleTitle: (title: string) => TITLES[title] ?? title,
    optionDescription: (option: Option) => withNotes(option.description, option.argChoices, shownDefault(option)),
    argumentDescription: (argument: Argument) =>
      withNotes(argument.description, argument.argChoices, argument.defaultValue === undefined ? undefined : defaultText(argument)),
    displayWidth: (text: string) => displayWidth(text),
    boxWrap(this: Help, text: string, width: number) {
      return wrap(text, width);
    },
  });
}

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

// commander's rule (Help.optionDescription): a default is shown for options that take a value, and
// for boolean flags whose default is a boolean.
function shownDefault(option: Option): string | undefined {
  if (option.defaultValue === undefined) return undefined;
  const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  return shown ? defaultText(option) : undefined;
}

function defaultText(item: { defaultValue?: unknown; defaultValueDescription?: string }): string {
  if (item.defaultValueDescription) return item.defaultValueDescription;
  if (item.defaultValue === false) return '否';
  if (item.defaultValue === true) return '是';
  return JSON.stringify(item.defaultValue);
}

function withNotes(description: string, choices: readonly string[] | undefined, fallback: string | undefined): string {
  const notes = [
    ...(choices ? [t('cli.help-choices', { choices: choices.map((c) => JSON.stringify(c)).join(', ') })] : []),
    ...(fallback !== undefined ? [t('cli.help-default', { value: fallback })] : []),
  ];
  return notes.length === 0 ? description : `${description}${notes.join('')}`;
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}“”‘’…—]/u;

/** Columns `text` takes on a terminal: two for a Han character or full-width mark. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

// Marks that never start a line (clreq §3.1.7), so they stay with the character before them.
const NO_START = /^[，。、：；！？）」』”’…—]/u;

/** Greedy wrap at spaces and between wide characters, never before a closing mark. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const units = line.match(/\s+|[^\s]/gu) ?? [];
      // Latin words stay whole: join runs of narrow non-space characters.
      const merged: string[] = [];
      for (const unit of units) {
        const last = merged.at(-1);
        if (last !== undefined && !/\s/u.test(unit) && !WIDE.test(unit) && !/\s$/u.test(last) && !WIDE.test(last.at(-1) ?? '')) merged[merged.length - 1] = last + unit;
        else merged.push(unit);
      }
      const lines: string[] = [];
      let current = '';
      for (const unit of merged) {
        if (current !== '' && displayWidth(current + unit) > width && !/^\s+$/u.test(unit) && !NO_START.test(unit)) {
          lines.push(current.trimEnd());
          current = unit.trimStart();
        } else current += current === '' ? unit.trimStart() : unit;
      }
      lines.push(current.trimEnd());
      return lines.join('\n');
    })
    .join('\n');
}
