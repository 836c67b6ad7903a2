import type { LocalizedText as LocalizedTextValue } from '../lib/api/types';
import { pickText } from '../lib/pickText';
import { useLanguage } from '../lib/useLanguage';

interface Props {
  value: LocalizedTextValue | null | undefined;
  /** Shown when no language has a text, e.g. a local name. */
  fallback?: string;
}

/** Text in the UI language or a fallback language; a fallback is marked with its `lang`. */
export function LocalizedText({ value, fallback }: Props) {
  const language = useLanguage();
  const picked = pickText(value, language, fallback);
  if (picked.lang && picked.lang !== language) return <span lang={picked.lang}>{picked.text}</span>;
  return <>{picked.text}</>;
}
