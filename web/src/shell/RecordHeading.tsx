import type { LocalizedText as LocalizedTextValue } from '../lib/api/types';
import { pickText } from '../lib/pickText';
import { useLanguage } from '../lib/useLanguage';
import { LocalizedText } from './LocalizedText';
import { PageHeading } from './PageHeading';

interface Props {
  /** The record's title or name in the languages it has. */
  value: LocalizedTextValue | null | undefined;
  /** Shown when no language has a text, e.g. a theme's slug. */
  fallback?: string;
}

/** The heading of a record's page: its title in the UI language (else as {@link LocalizedText} picks it), also in the browser tab. */
export function RecordHeading({ value, fallback }: Props) {
  const language = useLanguage();
  return (
    <PageHeading title={pickText(value, language, fallback).text}>
      <LocalizedText value={value} fallback={fallback} />
    </PageHeading>
  );
}
