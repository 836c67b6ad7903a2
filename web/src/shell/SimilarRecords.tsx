import { useQuery, type QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from './Notice';

interface ListProps<T extends { id: string }> {
  candidates: T[];
  onUse: (candidate: T) => void;
  useLabel: string;
  name: (candidate: T) => ReactNode;
  details: (candidate: T) => ReactNode;
}

/** Records like the one being entered, each with a button to use it instead. */
export function SimilarRecordList<T extends { id: string }>({ candidates, onUse, useLabel, name, details }: ListProps<T>) {
  return (
    <ul className="similar-records">
      {candidates.map((candidate) => (
        <li key={candidate.id} className="similar-records__item">
          <span>
            <strong>{name(candidate)}</strong>
            <br />
            <span className="kern-body kern-body--small">{details(candidate)}</span>
          </span>
          <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={() => onUse(candidate)}>
            <span className="kern-label">{useLabel}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Asked on saving a new record while similar ones exist: use one of them, or create the new one anyway. */
export function ConfirmSimilarRecords<T extends { id: string }>({ onCreateAnyway, ...list }: ListProps<T> & { onCreateAnyway: () => void }) {
  const { t } = useTranslation();
  return (
    <Notice kind="warning" title={t('similarRecords.confirmTitle', { count: list.candidates.length })}>
      <p className="kern-body">{t('similarRecords.confirmIntro')}</p>
      <SimilarRecordList {...list} />
      <button type="button" className="kern-btn kern-btn--secondary" onClick={onCreateAnyway}>
        <span className="kern-label">{t('similarRecords.createAnyway')}</span>
      </button>
    </Notice>
  );
}

/** The records like the one being entered, looked up once `ready` (e.g. the name is long enough to compare); none before. */
export function useSimilarRecords<T>(queryKey: QueryKey, find: (signal: AbortSignal) => Promise<T[]>, ready: boolean): T[] {
  const similar = useQuery({ queryKey, queryFn: ({ signal }) => find(signal), enabled: ready });
  return ready ? (similar.data ?? []) : [];
}

/** While a record is entered: the similar ones the user can already see, each to use instead; nothing when there are none. */
export function SimilarRecordsNotice<T extends { id: string }>({ title, intro, ...list }: ListProps<T> & { title: string; intro: string }) {
  if (list.candidates.length === 0) return null;
  return (
    <Notice kind="warning" title={title}>
      <p className="kern-body">{intro}</p>
      <SimilarRecordList {...list} />
    </Notice>
  );
}
