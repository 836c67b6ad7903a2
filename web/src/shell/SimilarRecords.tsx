import { useQuery, type QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from './Notice';

/**
 * How one kind of record shows among similar ones: the section of its texts (`similarTitle`,
 * `similarIntro`, `useThis`), its name and what tells it apart from others of that name.
 */
export interface SimilarKind<T> {
  texts: 'organizations' | 'people';
  name: (candidate: T) => ReactNode;
  details: (candidate: T) => ReactNode;
}

interface ListProps<T extends { id: string }> {
  kind: SimilarKind<T>;
  candidates: T[];
  onUse: (candidate: T) => void;
}

/** Records like the one being entered, each with a button to use it instead. */
function SimilarRecordList<T extends { id: string }>({ kind, candidates, onUse }: ListProps<T>) {
  const { t } = useTranslation();
  return (
    <ul className="similar-records">
      {candidates.map((candidate) => (
        <li key={candidate.id} className="similar-records__item">
          <span>
            <strong>{kind.name(candidate)}</strong>
            <br />
            <span className="kern-body kern-body--small">{kind.details(candidate)}</span>
          </span>
          <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={() => onUse(candidate)}>
            <span className="kern-label">{t(`${kind.texts}.useThis`)}</span>
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
export function SimilarRecordsNotice<T extends { id: string }>(list: ListProps<T>) {
  const { t } = useTranslation();
  if (list.candidates.length === 0) return null;
  return (
    <Notice kind="warning" title={t(`${list.kind.texts}.similarTitle`, { count: list.candidates.length })}>
      <p className="kern-body">{t(`${list.kind.texts}.similarIntro`)}</p>
      <SimilarRecordList {...list} />
    </Notice>
  );
}
