import { LANGUAGES, languageFromEnv, type Language } from '../messages/language.js';

/** The flags every command takes, taken out of the arguments before the command's own parse. */
export interface GlobalFlags {
  readonly language: Language;
  /** Print stack traces of internal errors (`--debug` or BULLETIN_DEBUG=1). */
  readonly debug: boolean;
  /** The arguments without the global flags. */
  readonly rest: readonly string[];
  /** A `--lang` with a value bulletin does not speak (optional). */
  readonly badLanguage?: string;
}

/**
 * Finds `--lang zh|en` (or `--lang=…`) and `--debug` anywhere before `--`, so that they set the
 * language of the usage errors and the help of the command parser too.
 */
export function globalFlags(args: readonly string[], env: Readonly<Record<string, string | undefined>>): GlobalFlags {
  let language = languageFromEnv(env);
  let debug = env['BULLETIN_DEBUG'] !== undefined && env['BULLETIN_DEBUG'] !== '' && env['BULLETIN_DEBUG'] !== '0';
  let badLanguage: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg === '--debug') {
      debug = true;
      continue;
    }
    let value: string | undefined;
    if (arg === '--lang') value = args[++i] ?? '';
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
    else {
      rest.push(arg);
      continue;
    }
    const wanted = value.toLowerCase().replace(/[-_].*$/, '');
    if ((LANGUAGES as readonly string[]).includes(wanted)) language = wanted as Language;
    else badLanguage = value;
  }
  return { language, debug, rest, ...(badLanguage !== undefined ? { badLanguage } : {}) };
}
