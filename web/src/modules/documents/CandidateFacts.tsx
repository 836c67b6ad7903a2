import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/useLanguage';
import { candidateFactsText } from './candidateFactsText';
import type { Candidate } from './documentApi';

/** What tells a candidate apart, in the reader's language: " (Leipzig, Deutschland, Kommunale Dienststelle)". */
export function CandidateFacts({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = candidateFactsText(candidate, t, language);
  return text ? <> ({text})</> : null;
}
