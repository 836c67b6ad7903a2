import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { VisibilityField } from '../../shell/VisibilityField';
import { OrganizationAutocomplete } from '../organizations/OrganizationAutocomplete';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { ThemeChecklist } from '../themes/ThemeChecklist';
import { networkApi, networkKeys, type NetworkCadence, type NetworkDetail, type NetworkKind } from './networkApi';
import { useNetwork } from './useNetwork';
import { RecordFormFrame, RecordFormLoader } from '../../shell/RecordFormPage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { networkCadenceValues, networkKindValues } from '../../lib/api/enums';

const filled = (texts: Texts) => Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));

/** Creates a network or changes one: names, kind, region, founding year, cadence, themes and coordinator. */
export function NetworkFormPage() {
  return <RecordFormLoader useRecord={useNetwork} form={NetworkForm} />;
}

function NetworkForm({ record: network }: { record?: NetworkDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [workspaceId, setWorkspaceId] = useState('');
  const [name, setName] = useState<Texts>(textsOf(network?.name));
  const [shortName, setShortName] = useState(network?.shortName ?? '');
  const [description, setDescription] = useState<Texts>(textsOf(network?.description));
  const [kind, setKind] = useState<NetworkKind | ''>(network?.kind ?? '');
  const [cadence, setCadence] = useState<NetworkCadence | ''>(network?.cadence ?? '');
  const [founded, setFounded] = useState(network?.foundedYear?.toString() ?? '');
  const [region, setRegion] = useState<PlaceRef | null>(network?.region ?? null);
  const [organization, setOrganization] = useState<OrganizationRef | null>(network?.organization ?? null);
  const [themeIds, setThemeIds] = useState<string[]>(network?.themes.map((theme) => theme.id) ?? []);
  const [visibility, setVisibility] = useState<Visibility>(network?.visibility ?? 'workspace');
  const [foundedInvalid, setFoundedInvalid] = useState(false);

  const save = useSaveAndOpen(
    () => {
      const year = founded.trim() === '' ? null : Number(founded.trim());
      const body = {
        name: filled(name),
        shortName: shortName.trim() || null,
        description: filled(description),
        kind: kind || undefined,
        cadence: cadence || undefined,
        foundedYear: year !== null && Number.isInteger(year) ? year : year === null ? null : -1,
        regionPlaceId: region?.id ?? null,
        organizationId: organization?.id ?? null,
        themeIds,
        visibility,
      };
      return network ? networkApi.update(network.id, body) : networkApi.create({ ...body, workspaceId });
    },
    { refresh: [networkKeys.all], open: (saved) => `/networks/${saved.id}` },
    { onMutate: () => setFoundedInvalid(false), onError: () => setFoundedInvalid(founded.trim() !== '' && !/^\d{4}$/.test(founded.trim())) },
  );
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);
  const title = network ? pickText(network.name, language, network.shortName ?? '').text : '';
  const heading = network ? t('networks.editTitle', { name: title }) : t('networks.createTitle');
  const fieldLabels = {
    'body.name': t('networks.nameInLanguages'),
    'body.shortName': t('networks.shortName'),
    'body.kind': t('networks.kind'),
    'body.cadence': t('networks.cadence'),
    'body.foundedYear': t('networks.foundedYear'),
    'body.regionPlaceId': t('networks.region'),
    'body.organizationId': t('networks.coordinatingOrganization'),
    'body.description': t('networks.descriptionInLanguages'),
    'body.themeIds': t('themes.title'),
    'body.visibility': t('forms.visibility'),
  };

  return (
    <RecordFormFrame heading={heading} back={{ to: network ? `/networks/${network.id}` : '/networks', label: network ? t('forms.backToRecord') : t('networks.backToList') }} workspace={network ? undefined : { value: workspaceId, onChange: setWorkspaceId }} save={save} problemsBesideFields fieldLabels={fieldLabels}>
        <LocalizedTextFields legend={t('networks.nameInLanguages')} value={name} onChange={setName} error={error('name', t('networks.nameMissing'))} required />
        <InputField label={t('networks.shortName')} value={shortName} onChange={setShortName} error={error('shortName', t('networks.shortNameInvalid'))} />
        <div className="form-row">
          <EnumSelectField label={t('networks.kind')} value={kind} values={networkKindValues} labels="enums.networkKind" onChange={setKind} error={error('kind', t('networks.kindMissing'))} required />
          <EnumSelectField label={t('networks.cadence')} value={cadence} values={networkCadenceValues} labels="enums.networkCadence" onChange={setCadence} error={error('cadence', t('networks.cadenceMissing'))} required />
          <InputField
            label={t('networks.foundedYear')}
            hint={t('networks.foundedYearHint')}
            value={founded}
            onChange={setFounded}
            error={foundedInvalid || fieldFailed(save.error, 'foundedYear') ? t('networks.foundedYearInvalid') : undefined}
          />
        </div>
        <PlaceAutocomplete
          label={t('networks.region')}
          initial={region}
          onSelect={setRegion}
          error={error('regionPlaceId', t('networks.regionInvalid'))}
        />
        <OrganizationAutocomplete
          label={t('networks.coordinatingOrganization')}
          initial={organization}
          onSelect={setOrganization}
          error={error('organizationId', t('networks.organizationInvalid'))}
        />
        <LocalizedTextFields legend={t('networks.descriptionInLanguages')} value={description} onChange={setDescription} multiline />
        <ThemeChecklist selected={themeIds} onChange={setThemeIds} />
        <VisibilityField value={visibility} onChange={setVisibility} />
    </RecordFormFrame>
  );
}

function fieldFailed(error: unknown, field: string): boolean {
  return localizedFieldError(error, `body.${field}`, 'x') !== undefined;
}
