import { LANGUAGES, type Language } from './languages';

export function isLanguage(value: string | undefined | null): value is Language {
  return LANGUAGES.includes(value as Language);
}
