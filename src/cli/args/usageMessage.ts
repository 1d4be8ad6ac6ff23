import type { CommanderError } from 'commander';
import { t } from '../../messages/catalogue.js';
import { currentLanguage } from '../../messages/language.js';

/**
 * The words of a usage error that commander reported, in the current language. commander words its
 * errors in English only, with the details in the text: in English the text is kept as it is; in
 * Chinese the details are read back out of it by the error's code, and a text that does not have
 * the expected form is kept in English rather than guessed at.
 *
 * @param error The error commander threw (with `exitOverride`).
 * @returns The message, without commander's `error: ` prefix.
 */
export function usageMessage(error: CommanderError): string {
  const english = error.message.replace(/^error: /, '');
  if (currentLanguage() === 'en') return english;
  const [first = '', ...rest] = english.split('\n');
  const suggestion = /^\(Did you mean (.+)\?\)$/.exec(rest.join('\n').trim());
  const after = suggestion ? t('cli.did-you-mean', { suggestion: suggestion[1] ?? '' }) : '';
  return (translate(error.code, first) ?? first) + after;
}

function translate(code: string, text: string): string | undefined {
  let match: RegExpExecArray | null;
  switch (code) {
    case 'commander.unknownOption':
      match = /^unknown option '(.*)'$/.exec(text);
      return match ? t('cli.unknown-option', { option: match[1] ?? '' }) : undefined;
    case 'commander.unknownCommand':
      match = /^unknown command '(.*)'$/.exec(text);
      return match ? t('cli.unknown-command', { command: match[1] ?? '' }) : undefined;
    case 'commander.missingArgument':
      match = /^missing required argument '(.*)'$/.exec(text);
      return match ? t('cli.missing-argument', { name: match[1] ?? '' }) : undefined;
    case 'commander.optionMissingArgument':
      match = /^option '(.*)' argument missing$/.exec(text);
      return match ? t('cli.option-missing-argument', { option: match[1] ?? '' }) : undefined;
    case 'commander.missingMandatoryOptionValue':
      match = /^required option '(.*)' not specified$/.exec(text);
      return match ? t('site.required-option', { option: match[1] ?? '' }) : undefined;
    case 'commander.excessArguments':
      match = /^too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/.exec(text);
      return match ? t('cli.excess-arguments', { command: match[1] ?? '', expected: Number(match[2]), got: Number(match[3]) }) : undefined;
    case 'commander.invalidArgument': {
      match = /^option '(.*)' argument '(.*)' is invalid\. (.*)$/s.exec(text);
      if (!match) return undefined;
      const [, option = '', value = '', reason = ''] = match;
      const choices = /^Allowed choices are (.*)\.$/.exec(reason);
      // Our own argument parsers throw their reason already in the reader's language.
      return choices ? t('cli.invalid-choice', { option, value, choices: choices[1] ?? '' }) : t('cli.invalid-argument', { option, value, reason });
    }
    default:
      return undefined;
  }
}
