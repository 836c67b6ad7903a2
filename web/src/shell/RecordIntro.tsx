import type { LocalizedText as LocalizedTextValue } from '../lib/api/types';
import { pickText } from '../lib/pickText';
import { useLanguage } from '../lib/useLanguage';
import { LocalizedText } from './LocalizedText';

/** A record's summary or description below its heading, in the larger type of a page's intro; nothing when it has none. */
export function RecordIntro({ text }: { text: LocalizedTextValue | null | undefined }) {
  const language = useLanguage();
  if (!pickText(text, language).text) return null;
  return (
    <p className="kern-body kern-body--large page-intro">
      <LocalizedText value={text} />
    </p>
  );
}
