import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateRange } from '../../lib/formatDateRange';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { InputField } from '../../shell/InputField';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { RecordTable } from '../../shell/RecordTable';
import { Section } from '../../shell/Section';
import { SelectField } from '../../shell/SelectField';
import { roleLabels, subkindLabel } from './involvementLabels';
import type { ActorCollection, InvolvementKind } from './involvementApi';
import { useInvolvementCounts, useInvolvementPages } from './useInvolvement';
import { pagedItems } from '../../lib/pagedItems';

/**
 * What an organisation, person or place is involved in: one table per kind of record, each
 * counted and paged, with the roles and the period; filtered by kind and year.
 */
export function InvolvementSection({ collection, id }: { collection: ActorCollection; id: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<InvolvementKind | ''>('');
  const [year, setYear] = useState('');
  const validYear = /^\d{4}$/.test(year) ? year : '';
  const counts = useInvolvementCounts(collection, id, validYear);
  const present = (counts.data?.counts ?? []).filter((entry) => entry.count > 0);
  const total = present.reduce((sum, entry) => sum + entry.count, 0);
  const shown = present.filter((entry) => !kind || entry.kind === kind);
  return (
    <Section title={t('involvement.title')}>
      <div className="form-row">
        <SelectField
          label={t('involvement.kindFilter')}
          value={kind}
          emptyLabel={t('involvement.allKinds', { count: total })}
          options={present.map((entry) => ({ value: entry.kind, label: t('involvement.groupTitle', { kind: t(`involvement.kinds.${entry.kind}`), count: entry.count }) }))}
          onChange={(value) => setKind(present.find((entry) => entry.kind === value)?.kind ?? '')}
        />
        <InputField label={t('involvement.year')} type="number" min="1900" max="2100" value={year} onChange={setYear} />
      </div>
      {counts.isPending && <LoadingState />}
      {counts.isError && <ErrorState error={counts.error} onRetry={() => void counts.refetch()} />}
      {counts.data && shown.length === 0 && <p className="kern-body">{t('involvement.none')}</p>}
      {shown.map((entry) => (
        <InvolvementGroup key={entry.kind} collection={collection} id={id} kind={entry.kind} count={entry.count} year={validYear} />
      ))}
    </Section>
  );
}

function InvolvementGroup({ collection, id, kind, count, year }: { collection: ActorCollection; id: string; kind: InvolvementKind; count: number; year: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useInvolvementPages(collection, id, kind, year);
  const entries = pagedItems(query.data);
  const kindName = t(`involvement.kinds.${kind}`);
  return (
    <section className="involvement-group" aria-label={kindName}>
      <h3 className="kern-heading-small">{t('involvement.groupTitle', { kind: kindName, count })}</h3>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {entries.length > 0 && (
        <RecordTable
          caption={t('involvement.tableCaption', { kind: kindName })}
          rows={entries}
          rowHeader={false}
          columns={[
            {
              header: t('involvement.columns.record'),
              cell: (entry) => {
                const title = pickText(entry.title, language);
                const subkind = subkindLabel(t, entry);
                return (
                  <>
                    <Link className="kern-link" to={entry.path} lang={title.lang && title.lang !== language ? title.lang : undefined}>
                      {title.text}
                    </Link>
                    {subkind && ` · ${subkind}`}
                  </>
                );
              },
            },
            { header: t('involvement.columns.date'), cell: (entry) => formatDateRange(entry.date, entry.endDate ?? entry.date, language) },
            { header: t('involvement.columns.roles'), cell: (entry) => roleLabels(t, kind, entry.roles) },
          ]}
        />
      )}
      {count > entries.length || query.hasNextPage ? (
        <LoadMore shown={entries.length} query={query} />
      ) : null}
    </section>
  );
}
