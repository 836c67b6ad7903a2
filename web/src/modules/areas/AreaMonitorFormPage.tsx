import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, PlaceRef, Visibility } from '../../lib/api/types';
import { bodyFieldErrors } from '../../lib/fieldError';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { PlaceName } from '../../shell/PlaceName';
import { ChosenRecords } from '../../shell/ChosenRecords';
import { SelectField } from '../../shell/SelectField';
import { VisibilityField } from '../../shell/VisibilityField';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { compactText } from '../plans/compactText';
import { LocalizedTextFields } from '../../shell/LocalizedTextFields';
import { useProjectChoices } from '../plans/useProjectChoices';
import { areaApi, areaKeys, type MonitorDetail } from './areaApi';
import { NewAreaOfCity } from './NewAreaOfCity';
import { useMonitor } from './useMonitor';
import { RecordFormFrame, RecordFormLoader } from '../../shell/RecordFormPage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { EditableRows } from '../../shell/EditableRows';
import { Fieldset } from '../../shell/Fieldset';
import { indicatorDirectionValues } from '../../lib/api/enums';

export function AreaMonitorFormPage() {
  return <RecordFormLoader useRecord={useMonitor} form={MonitorForm} />;
}

function MonitorForm({ record: monitor }: { record?: MonitorDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const projects = useProjectChoices();
  const [workspaceId, setWorkspaceId] = useState('');
  const [title, setTitle] = useState<LocalizedText>(monitor?.title ?? {});
  const [description, setDescription] = useState<LocalizedText>(monitor?.description ?? {});
  const [city, setCity] = useState<{ id: string; name: string } | null>(monitor?.city ? { id: monitor.city.id, name: pickName(monitor.city.names, monitor.city.name, language).text } : null);
  const cityId = city?.id ?? null;
  const [projectId, setProjectId] = useState(monitor?.project?.id ?? '');
  const [visibility, setVisibility] = useState<Visibility>(monitor?.visibility ?? 'workspace');
  const [areas, setAreas] = useState<PlaceRef[]>(monitor?.areas ?? []);
  const [indicators, setIndicators] = useState(
    (monitor?.indicators ?? []).map((indicator) => ({ ...indicator, rowKey: indicator.id, text: pickText(indicator.name, language).text, weightText: String(indicator.weight) })),
  );
  const save = useSaveAndOpen(
    () => {
      const body = {
        title: compactText(title),
        description: compactText(description),
        cityPlaceId: cityId,
        projectId: projectId || null,
        visibility,
        areaPlaceIds: areas.map((area) => area.id),
        indicators: indicators.map((indicator) => ({
          // Keys are the server's: kept for an indicator it knows, derived from the name for a new one.
          ...(indicator.id ? { id: indicator.id } : {}),
          name: { ...indicator.name, [language]: indicator.text },
          unit: indicator.unit,
          direction: indicator.direction,
          weight: indicator.weightText.trim() === '' ? 0 : Number(indicator.weightText.replace(',', '.')),
          source: indicator.source,
        })),
      };
      return monitor ? areaApi.update(monitor.id, body) : areaApi.create({ ...body, workspaceId });
    },
    { refresh: [areaKeys.all], open: (saved) => `/areas/${saved.id}` },
  );
  const error = bodyFieldErrors(save.error);
  const fieldLabels = {
    'body.title': t('areas.monitorTitle'),
    'body.description': t('areas.description'),
    'body.cityPlaceId': t('areas.city'),
    'body.projectId': t('areas.project'),
    'body.visibility': t('forms.visibility'),
    'body.areaPlaceIds': t('areas.candidates'),
    'body.indicators': t('areas.indicators'),
    ...Object.fromEntries(indicators.map((_, index) => [`body.indicators.${index}`, t('areas.indicatorNumber', { number: index + 1 })])),
  };
  const areaErrors = areas.flatMap((area, index) => {
    const message = error(`areaPlaceIds.${index}`);
    return message ? [`${pickName(area.names, area.name, language).text}: ${message}`] : [];
  });
  const heading = monitor ? t('areas.editTitle') : t('areas.create');
  return (
    <RecordFormFrame heading={heading} back={{ to: monitor ? `/areas/${monitor.id}` : '/areas', label: monitor ? t('forms.backToRecord') : t('areas.backToList') }} workspace={monitor ? undefined : { value: workspaceId, onChange: setWorkspaceId }} save={save} fieldLabels={fieldLabels}>
        <LocalizedTextFields legend={t('areas.monitorTitle')} value={title} onChange={setTitle} error={error('title')} required languageHint={false} compact />
        <LocalizedTextFields legend={t('areas.description')} value={description} onChange={setDescription} multiline compact />
        <PlaceAutocomplete label={t('areas.city')} initial={monitor?.city} onSelect={(place) => setCity(place ? { id: place.id, name: pickName(place.names, place.name, language).text } : null)} error={error('cityPlaceId')} />
        <SelectField
          label={t('areas.project')}
          value={projectId}
          emptyLabel={t('areas.noProject')}
          options={(projects.data?.items ?? []).map((project) => ({ value: project.id, label: pickText(project.title, language).text }))}
          onChange={setProjectId}
        />
        <Fieldset legend={t('areas.indicators')}>
          {error('indicators') && <p className="kern-error kern-body">{error('indicators')}</p>}
          <EditableRows
            rows={indicators}
            onChange={setIndicators}
            keyOf={(indicator) => indicator.rowKey}
            newRow={() => ({ rowKey: crypto.randomUUID(), id: '', key: '', name: {}, unit: '', direction: 'higher_is_worse' as const, weight: 1, source: '', text: '', weightText: '1' })}
            addLabel={t('areas.addIndicator')}
            removeLabel={(index) => t('areas.removeIndicator', { number: index + 1 })}
            // A named group per indicator: its name, unit, direction and weight fields repeat from row to row.
            rowLabel={(index) => t('areas.indicatorNumber', { number: index + 1 })}
            rowClassName="form-row indicator-row"
          >
            {(indicator, change, index) => (
              <>
                <InputField label={t('areas.indicatorName')} value={indicator.text} onChange={(text) => change({ text })} error={error(`indicators.${index}.name`)} />
                <InputField label={t('areas.unit')} value={indicator.unit} onChange={(unit) => change({ unit })} />
                <SelectField
                  label={t('areas.direction')}
                  value={indicator.direction}
                  emptyLabel={t('forms.choose')}
                  options={indicatorDirectionValues.map((value) => ({ value, label: t(`areas.directions.${value}`) }))}
                  onChange={(value) => change({ direction: indicatorDirectionValues.find((direction) => direction === value) ?? 'higher_is_worse' })}
                />
                <InputField label={t('areas.weightLabel')} type="number" value={indicator.weightText} onChange={(weightText) => change({ weightText })} error={error(`indicators.${index}.weight`)} />
              </>
            )}
          </EditableRows>
        </Fieldset>
        <Fieldset legend={t('areas.candidates')}>
          <ChosenRecords records={areas} show={(area) => <PlaceName place={area} />} removeLabel={(name) => t('areas.removeArea', { name })} onChange={setAreas} />
          <PlaceAutocomplete
            key={`${areas.length}:${cityId ?? ''}`}
            label={city ? t('areas.addAreaOf', { city: city.name }) : t('areas.addArea')}
            within={cityId ?? undefined}
            onSelect={(place) => {
              if (place && !areas.some((area) => area.id === place.id)) setAreas((current) => [...current, place]);
            }}
            error={error('areaPlaceIds') ?? areaErrors[0]}
          />
          {city && <NewAreaOfCity city={city} workspaceId={monitor?.workspaceId ?? workspaceId} onCreated={(place) => setAreas((current) => [...current, place])} />}
        </Fieldset>
        <VisibilityField value={visibility} onChange={setVisibility} />
    </RecordFormFrame>
  );
}
