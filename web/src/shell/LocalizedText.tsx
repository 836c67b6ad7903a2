import type { LocalizedText as LocalizedTextValue } from '../lib/api/types';
import { pickText } from '../lib/pickText';
import { useLanguage } from '../lib/useLanguage';
import { TextInLanguage } from './TextInLanguage';

interface Props {
  value: LocalizedTextValue | null | undefined;
  /** Shown when no language has a text. */
  fallback?: string;
}

/** Text in the UI language, else German, English, Ukrainian; a fallback is marked with its `lang`. */
export function LocalizedText({ value, fallback }: Props) {
  const language = useLanguage();
  return <TextInLanguage picked={pickText(value, language, fallback)} />;
}
