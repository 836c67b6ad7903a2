import type { PickedText } from '../lib/pickText';
import { useLanguage } from '../lib/useLanguage';

/** Renders picked text; text in another language than the UI is marked with its `lang`. */
export function TextInLanguage({ picked }: { picked: PickedText }) {
  const language = useLanguage();
  if (picked.lang && picked.lang !== language) return <span lang={picked.lang}>{picked.text}</span>;
  return <>{picked.text}</>;
}
