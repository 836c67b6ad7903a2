import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatNumber } from '../../lib/formatNumber';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { RecordIntro } from '../../shell/RecordIntro';
import { EditRow } from '../../shell/EditLink';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { FactList } from '../../shell/FactList';
import { LocalizedText } from '../../shell/LocalizedText';
import { PlaceName } from '../../shell/PlaceName';
import { Section } from '../../shell/Section';
import { RecordHistorySection } from '../audit/RecordHistorySection';
import { areaApi, areaKeys, type MonitorDetail } from './areaApi';
import { BoundariesImportSection } from './BoundariesImportSection';
import { NeedIndexSection } from './NeedIndexSection';
import { PilotSelectionSection } from './PilotSelectionSection';
import { useMonitor } from './useMonitor';
import { ValuesImportSection } from './ValuesImportSection';
import { RecordTable } from '../../shell/RecordTable';
import { RecordHeading } from '../../shell/RecordHeading';

export function AreaMonitorDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useMonitor(id);
  return (
    <RecordDetailFrame back={{ to: '/areas', label: t('areas.backToList') }} query={query} fallbackTitle={t('areas.title')} retry={false}>
      {(record) => <MonitorView monitor={record} />}
    </RecordDetailFrame>
  );
}

function MonitorView({ monitor }: { monitor: MonitorDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Until a period is chosen, the first one with values: also right after the first import, when there was none on opening.
  const [chosenPeriod, setPeriod] = useState('');
  const period = chosenPeriod || (monitor.periods[0] ?? '');
  const values = useQuery({
    queryKey: areaKeys.values(monitor.id, period),
    queryFn: ({ signal }) => areaApi.values(monitor.id, period, signal),
    enabled: period !== '',
  });
  return (
    <>
      <RecordHeading value={monitor.title} />
      <EditRow to={`/areas/${monitor.id}/edit`} canEdit={monitor.canEdit} />
      <RecordIntro text={monitor.description} />
      <Section title={t('areas.facts')}>
        <FactList
          facts={[
            { label: t('areas.city'), value: monitor.city && <PlaceName place={monitor.city} /> },
            {
              label: t('areas.project'),
              value: monitor.project && (
                <Link className="kern-link" to={`/projects/${monitor.project.id}`}>
                  <LocalizedText value={monitor.project.title} />
                </Link>
              ),
            },
            { label: t('areas.candidateCount'), value: String(monitor.areas.length) },
            { label: t('areas.periods'), value: monitor.periods.join(', ') },
          ]}
        />
        <h3 className="kern-heading-small">{t('areas.indicators')}</h3>
        {monitor.indicators.length === 0 ? (
          <p className="kern-body">{t('areas.noIndicators')}</p>
        ) : (
          <ul className="kern-list">
            {monitor.indicators.map((indicator) => (
              <li key={indicator.id} className="kern-body">
                <LocalizedText value={indicator.name} />
                {indicator.unit && ` (${indicator.unit})`} – {t(`areas.directions.${indicator.direction}`)}, {t('areas.weight', { weight: formatNumber(indicator.weight, language) })}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <NeedIndexSection key={period} monitor={monitor} period={period} onPeriod={setPeriod} />
      <PilotSelectionSection monitor={monitor} period={period} />
      {values.data && (
        <Section title={t('areas.valuesOf', { period })}>
          <RecordTable
            caption={t('areas.valuesOf', { period })}
            rows={values.data.rows}
            rowKey={(row) => row.area.id}
            columns={[
              { header: t('areas.area'), cell: (row) => <PlaceName place={row.area} /> },
              ...monitor.indicators.map((indicator) => ({
                key: indicator.id,
                header: pickText(indicator.name, language).text,
                heading: (
                  <>
                    <LocalizedText value={indicator.name} />
                    {indicator.unit && ` (${indicator.unit})`}
                  </>
                ),
                cell: (row: (typeof values.data.rows)[number]) => {
                  const value = row.values[indicator.key];
                  return value === null || value === undefined ? '–' : formatNumber(value, language);
                },
              })),
            ]}
          />
        </Section>
      )}
      {monitor.canEdit && <ValuesImportSection monitor={monitor} />}
      {monitor.canEdit && <BoundariesImportSection monitor={monitor} />}
      <RecordHistorySection path={`/area-monitors/${encodeURIComponent(monitor.id)}/history`} workspaceId={monitor.workspaceId} membersOnly />
    </>
  );
}
