import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { BackLink } from '../../shell/BackLink';
import { InputField } from '../../shell/InputField';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { PageHeading } from '../../shell/PageHeading';
import { SaveFailedAlert } from '../../shell/SaveFailedAlert';
import { SelectField } from '../../shell/SelectField';
import { VisibilityField } from '../../shell/VisibilityField';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { OrganizationAutocomplete } from '../organizations/OrganizationAutocomplete';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { ThemeChecklist } from '../themes/ThemeChecklist';
import { NETWORK_CADENCES, NETWORK_KINDS, networkApi, networkKeys, type NetworkCadence, type NetworkDetail, type NetworkKind } from './networkApi';
import { useNetwork } from './useNetwork';

const filled = (texts: Texts) => Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== ''));

/** Creates a network or changes one: names, kind, region, founding year, cadence, themes and coordinator. */
export function NetworkFormPage() {
  const { id } = useParams();
  const existing = useNetwork(id);
  if (id && existing.isPending) return <LoadingState />;
  return <NetworkForm key={id ?? 'new'} network={existing.data} />;
}

function NetworkForm({ network }: { network?: NetworkDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
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

  const save = useMutation({
    mutationFn: () => {
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
    onMutate: () => setFoundedInvalid(false),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: networkKeys.all });
      await navigate(`/networks/${saved.id}`);
    },
    onError: () => setFoundedInvalid(founded.trim() !== '' && !/^\d{4}$/.test(founded.trim())),
  });
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);
  const title = network ? pickText(network.name, language, network.shortName ?? '').text : '';
  const heading = network ? t('networks.editTitle', { name: title }) : t('networks.createTitle');

  return (
    <>
      <BackLink to={network ? `/networks/${network.id}` : '/networks'}>{network ? t('forms.backToRecord') : t('networks.backToList')}</BackLink>
      <PageHeading title={heading}>{heading}</PageHeading>
      <form
        className="record-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        {!network && <WorkspaceField value={workspaceId} onChange={setWorkspaceId} />}
        <LocalizedTextFields legend={t('networks.nameInLanguages')} value={name} onChange={setName} error={error('name', t('networks.nameMissing'))} required />
        <InputField label={t('networks.shortName')} value={shortName} onChange={setShortName} error={error('shortName', t('networks.shortNameInvalid'))} />
        <div className="form-row">
          <SelectField
            label={t('networks.kind')}
            value={kind}
            emptyLabel={t('forms.choose')}
            options={NETWORK_KINDS.map((value) => ({ value, label: t(`enums.networkKind.${value}`) }))}
            onChange={(value) => setKind(NETWORK_KINDS.find((candidate) => candidate === value) ?? '')}
            error={error('kind', t('networks.kindMissing'))}
          />
          <SelectField
            label={t('networks.cadence')}
            value={cadence}
            emptyLabel={t('forms.choose')}
            options={NETWORK_CADENCES.map((value) => ({ value, label: t(`enums.networkCadence.${value}`) }))}
            onChange={(value) => setCadence(NETWORK_CADENCES.find((candidate) => candidate === value) ?? '')}
            error={error('cadence', t('networks.cadenceMissing'))}
          />
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
          initialText={region ? pickName(region.names, region.name, language).text : ''}
          onSelect={setRegion}
          error={error('regionPlaceId', t('networks.regionInvalid'))}
        />
        <OrganizationAutocomplete
          label={t('networks.coordinatingOrganization')}
          initialText={organization ? pickName(organization.names, organization.name, language).text : ''}
          onSelect={setOrganization}
          error={error('organizationId', t('networks.organizationInvalid'))}
        />
        <LocalizedTextFields legend={t('networks.descriptionInLanguages')} value={description} onChange={setDescription} multiline />
        <ThemeChecklist selected={themeIds} onChange={setThemeIds} />
        <VisibilityField value={visibility} onChange={setVisibility} />
        <SaveFailedAlert error={save.error} />
        <div className="button-row">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending || (!network && !workspaceId)}>
            <span className="kern-label">{t('forms.save')}</span>
          </button>
        </div>
      </form>
    </>
  );
}

function fieldFailed(error: unknown, field: string): boolean {
  return localizedFieldError(error, `body.${field}`, 'x') !== undefined;
}
