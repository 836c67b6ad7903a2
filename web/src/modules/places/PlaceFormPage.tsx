import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Visibility } from '../../lib/api/types';
import { bodyFieldErrors } from '../../lib/fieldError';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { InputField } from '../../shell/InputField';
import { VisibilityField } from '../../shell/VisibilityField';
import { PlaceAutocomplete } from './PlaceAutocomplete';
import { CREATABLE_PLACE_KINDS, placeApi, placeKeys, type PlaceDetail, type PlaceInput } from './placeApi';
import { usePlace } from './usePlace';
import { RecordFormFrame, RecordFormLoader } from '../../shell/RecordFormPage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { Fieldset } from '../../shell/Fieldset';

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

/** Creates a place (a district, quarter or funding area below a town, or a missing town) or edits one. */
export function PlaceFormPage() {
  return <RecordFormLoader useRecord={usePlace} form={PlaceForm} />;
}

function PlaceForm({ record: place }: { record?: PlaceDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params] = useSearchParams();
  const [workspaceId, setWorkspaceId] = useState('');
  const [kind, setKind] = useState<NonNullable<PlaceInput['kind']>>(place?.kind ?? 'district');
  const [parentId, setParentId] = useState<string | null>(place?.parentId ?? params.get('parentId'));
  const parent = usePlace(place ? undefined : (params.get('parentId') ?? undefined));
  const [name, setName] = useState(place?.name ?? '');
  const [names, setNames] = useState({ de: place?.names.de ?? '', en: place?.names.en ?? '', uk: place?.names.uk ?? '' });
  const [aliases, setAliases] = useState(place?.aliases.join(', ') ?? '');
  const [visibility, setVisibility] = useState<Visibility>(place?.visibility ?? 'workspace');
  const [population, setPopulation] = useState(place?.population?.toString() ?? '');
  const [latitude, setLatitude] = useState(place?.latitude?.toString() ?? '');
  const [longitude, setLongitude] = useState(place?.longitude?.toString() ?? '');
  const [ags, setAgs] = useState(place?.ags ?? '');
  const [katottg, setKatottg] = useState(place?.katottg ?? '');

  const save = useSaveAndOpen(
    () => {
      const body: PlaceInput = {
        kind,
        parentId,
        name,
        names: Object.fromEntries(Object.entries(names).filter(([, value]) => value.trim() !== '')),
        aliases: aliases.split(',').map((alias) => alias.trim()).filter(Boolean),
        visibility,
        population: numberOrNull(population),
        latitude: numberOrNull(latitude),
        longitude: numberOrNull(longitude),
        ags: ags.trim() || null,
        katottg: katottg.trim() || null,
      };
      return place ? placeApi.update(place.id, body) : placeApi.create({ ...body, workspaceId });
    },
    { refresh: [placeKeys.all], open: (saved) => `/places/${saved.id}` },
  );
  const error = bodyFieldErrors(save.error);
  const fieldLabels = {
    'body.kind': t('places.kind'),
    'body.parentId': t('places.parent'),
    'body.name': t('places.localName'),
    'body.names': t('places.namesInLanguages'),
    'body.names.de': t('places.nameIn.de'),
    'body.names.en': t('places.nameIn.en'),
    'body.names.uk': t('places.nameIn.uk'),
    'body.aliases': t('places.aliases'),
    'body.visibility': t('forms.visibility'),
    'body.population': t('places.population'),
    'body.latitude': t('places.latitude'),
    'body.longitude': t('places.longitude'),
    'body.ags': t('places.ags'),
    'body.katottg': t('places.katottg'),
  };
  const title = place ? t('places.editTitle', { name: pickName(place.names, place.name, language).text }) : t('places.createTitle');
  const parentName = place?.ancestors.at(-1) ?? parent.data;

  return (
    <RecordFormFrame heading={title} back={{ to: place ? `/places/${place.id}` : '/places', label: place ? t('forms.backToRecord') : t('places.backToList') }} workspace={place ? undefined : { value: workspaceId, onChange: setWorkspaceId }} save={save} fieldLabels={fieldLabels}>
        <EnumSelectField label={t('places.kind')} value={kind} values={CREATABLE_PLACE_KINDS} labels="enums.placeKind" onChange={(value) => setKind(value || 'district')} />
        <PlaceAutocomplete
          label={t('places.parent')}
          initial={parentName}
          onSelect={(chosen) => setParentId(chosen?.id ?? null)}
          error={error('parentId')}
        />
        <InputField label={t('places.localName')} hint={t('places.localNameHint')} value={name} onChange={setName} required error={error('name')} />
        <Fieldset legend={t('places.namesInLanguages')}>
          {(['de', 'en', 'uk'] as const).map((tag) => (
            <InputField
              key={tag}
              label={t(`places.nameIn.${tag}`)}
              lang={tag}
              value={names[tag]}
              onChange={(value) => setNames((current) => ({ ...current, [tag]: value }))}
              error={error(`names.${tag}`)}
            />
          ))}
        </Fieldset>
        <InputField label={t('places.aliases')} hint={t('places.aliasesHint')} value={aliases} onChange={setAliases} error={error('aliases')} />
        <VisibilityField value={visibility} onChange={setVisibility} />
        <InputField label={t('places.population')} type="number" value={population} onChange={setPopulation} error={error('population')} />
        <div className="form-row">
          <InputField label={t('places.latitude')} type="number" value={latitude} onChange={setLatitude} error={error('latitude')} />
          <InputField label={t('places.longitude')} type="number" value={longitude} onChange={setLongitude} error={error('longitude')} />
        </div>
        <div className="form-row">
          <InputField label={t('places.ags')} hint={t('places.agsHint')} value={ags} onChange={setAgs} error={error('ags')} />
          <InputField label={t('places.katottg')} hint={t('places.katottgHint')} value={katottg} onChange={setKatottg} error={error('katottg')} />
        </div>
    </RecordFormFrame>
  );
}
