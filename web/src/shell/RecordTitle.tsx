import type { LocalizedText } from '../lib/api/types';
import { pickTitle } from '../lib/pickTitle';
import { useLanguage } from '../lib/useLanguage';
import { TextInLanguage } from './TextInLanguage';

/** A linked record's title in the UI language, else its local name, else any (marked with its `lang`). */
export function RecordTitle({ value }: { value: LocalizedText | null | undefined }) {
  const language = useLanguage();
  return <TextInLanguage picked={pickTitle(value, language)} />;
}
