/** The languages bulletin speaks: every message exists in both (test/messages/catalogue.test.ts). */
export type Language = 'en' | 'zh';

export const LANGUAGES: readonly Language[] = ['en', 'zh'];

let current: Language = 'en';

/**
 * The language of the user's locale: Chinese when the first set of LC_ALL, LC_MESSAGES and LANG
 * (POSIX's order of precedence) begins with `zh`, English otherwise.
 *
 * @param env The environment, e.g. `process.env`.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return /^zh/i.test(value) ? 'zh' : 'en';
  }
  return 'en';
}

/** Sets the language of the messages this process prints (the CLI does, once, at start). */
export function setLanguage(language: Language): void {
  current = language;
}

/** The language messages are printed in; English unless the CLI set another. */
export function currentLanguage(): Language {
  return current;
}
