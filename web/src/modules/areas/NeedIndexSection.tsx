import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/formatNumber';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { InputField } from '../../shell/InputField';
import { LocalizedText } from '../../shell/LocalizedText';
import { PlaceName } from '../../shell/PlaceName';
import { Section } from '../../shell/Section';
import { SelectField } from '../../shell/SelectField';
import { areaApi, areaKeys, type MonitorDetail } from './areaApi';
import { NeedIndexMap } from './NeedIndexMap';
import { RecordTable } from '../../shell/RecordTable';
import { Fieldset } from '../../shell/Fieldset';
import { indicatorDirectionValues } from '../../lib/api/enums';

const round = (value: number, language: ReturnType<typeof useLanguage>) => formatNumber(Math.round(value * 1000) / 1000, language);

/** The ranking by composite need index for a period, with weights and directions to try, and the map. */
export function NeedIndexSection({ monitor, period, onPeriod }: { monitor: MonitorDetail; period: string; onPeriod: (period: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [weights, setWeights] = useState<Record<string, string>>(Object.fromEntries(monitor.indicators.map((indicator) => [indicator.key, String(indicator.weight)])));
  const [directions, setDirections] = useState<Record<string, string>>(Object.fromEntries(monitor.indicators.map((indicator) => [indicator.key, indicator.direction])));
  const [tried, setTried] = useState<{ weights?: string; directions?: string }>({});
  const index = useQuery({
    queryKey: areaKeys.needIndex(monitor.id, period, tried),
    queryFn: ({ signal }) => areaApi.needIndex(monitor.id, { period, ...tried }, signal),
    enabled: period !== '',
    retry: false,
  });
  const ranked = index.data?.ranking.filter((entry) => entry.rank !== null).length ?? 0;
  return (
    <Section title={t('areas.needIndex')}>
      <p className="kern-body">{t('areas.needIndexExplained')}</p>
      {monitor.periods.length === 0 ? (
        <p className="kern-body">{t('areas.noValues')}</p>
      ) : (
        <>
          <SelectField label={t('areas.period')} value={period} emptyLabel={t('forms.choose')} options={monitor.periods.map((value) => ({ value, label: value }))} onChange={onPeriod} />
          <form
            className="record-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setTried({
                weights: Object.entries(weights).map(([key, value]) => `${key}:${value.trim() === '' ? '0' : value.replace(',', '.')}`).join(','),
                directions: Object.entries(directions).map(([key, value]) => `${key}:${value}`).join(','),
              });
            }}
          >
            <Fieldset legend={t('areas.weightsAndDirections')}>
              {monitor.indicators.map((indicator) => (
                <div key={indicator.id} className="form-row">
                  <InputField
                    type="number"
                    label={t('areas.weightOf', { indicator: pickText(indicator.name, language).text })}
                    value={weights[indicator.key] ?? ''}
                    onChange={(value) => setWeights((current) => ({ ...current, [indicator.key]: value }))}
                  />
                  <SelectField
                    label={t('areas.directionOf', { indicator: pickText(indicator.name, language).text })}
                    value={directions[indicator.key] ?? indicator.direction}
                    emptyLabel={t('forms.choose')}
                    options={indicatorDirectionValues.map((value) => ({ value, label: t(`areas.directions.${value}`) }))}
                    onChange={(value) => setDirections((current) => ({ ...current, [indicator.key]: value }))}
                  />
                </div>
              ))}
            </Fieldset>
            <div className="button-row">
              <button type="submit" className="kern-btn kern-btn--secondary">
                <span className="kern-label">{t('areas.recompute')}</span>
              </button>
            </div>
          </form>
          {index.isError && <ErrorState error={index.error} />}
          {index.data && (
            <>
              <RecordTable
                caption={t('areas.ranking', { period })}
                rows={index.data.ranking}
                rowKey={(entry) => entry.area.id}
                rowHeader={1}
                columns={[
                  { header: t('areas.rank'), cell: (entry) => entry.rank ?? '–' },
                  { header: t('areas.area'), cell: (entry) => <PlaceName place={entry.area} /> },
                  { header: t('areas.score'), cell: (entry) => (entry.score === null ? '–' : round(entry.score, language)) },
                  ...index.data.indicators.map((indicator) => ({
                    key: indicator.id,
                    header: pickText(indicator.name, language).text,
                    heading: <LocalizedText value={indicator.name} />,
                    cell: (entry: (typeof index.data.ranking)[number]) => {
                      const component = entry.components.find((candidate) => candidate.key === indicator.key);
                      return component ? `${formatNumber(component.value, language)} (z ${round(component.z, language)})` : '–';
                    },
                  })),
                ]}
              />
              <NeedIndexMap
                monitorId={monitor.id}
                areas={index.data.ranking.map((entry) => ({
                  id: entry.area.id,
                  name: pickName(entry.area.names, entry.area.name, language).text,
                  latitude: entry.area.latitude ?? Number.NaN,
                  longitude: entry.area.longitude ?? Number.NaN,
                  rank: entry.rank,
                  share: entry.rank === null || ranked < 2 ? null : (entry.rank - 1) / (ranked - 1),
                }))}
              />
            </>
          )}
        </>
      )}
    </Section>
  );
}
