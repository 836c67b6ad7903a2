import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrganizationKind, Visibility } from '../../lib/api/types';
import { bodyFieldErrors } from '../../lib/fieldError';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { useSimilarBeforeSaving } from '../../lib/useSimilarBeforeSaving';
import { InputField } from '../../shell/InputField';
import { VisibilityField } from '../../shell/VisibilityField';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { ThemeChecklist } from '../themes/ThemeChecklist';
import { OrganizationAutocomplete } from './OrganizationAutocomplete';
import { ConfirmSimilarOrganizations, findSimilarOrganizations, SimilarOrganizations } from './SimilarOrganizations';
import { organizationApi, organizationKeys, type OrganizationDetail } from './organizationApi';
import { useOrganization } from './useOrganization';
import { RecordFormFrame, RecordFormLoader } from '../../shell/RecordFormPage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { OrganizationKindField } from './OrganizationKindField';
import { Fieldset } from '../../shell/Fieldset';

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function OrganizationFormPage() {
  return <RecordFormLoader useRecord={useOrganization} form={OrganizationForm} />;
}

function OrganizationForm({ record: organization }: { record?: OrganizationDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [workspaceId, setWorkspaceId] = useState('');
  const [kind, setKind] = useState<OrganizationKind | ''>(organization?.kind ?? '');
  const [name, setName] = useState(organization?.name ?? '');
  const [shortName, setShortName] = useState(organization?.shortName ?? '');
  const [names, setNames] = useState({ de: organization?.names.de ?? '', en: organization?.names.en ?? '', uk: organization?.names.uk ?? '' });
  const [seatPlaceId, setSeatPlaceId] = useState<string | null>(organization?.seat?.id ?? null);
  const [parentId, setParentId] = useState<string | null>(organization?.parent?.id ?? null);
  const [website, setWebsite] = useState(organization?.website ?? '');
  const [email, setEmail] = useState(organization?.email ?? '');
  const [phone, setPhone] = useState(organization?.phone ?? '');
  const [address, setAddress] = useState(organization?.address ?? '');
  const [iatiIdentifier, setIatiIdentifier] = useState(organization?.iatiIdentifier ?? '');
  const [visibility, setVisibility] = useState<Visibility>(organization?.visibility ?? 'workspace');
  const [themeIds, setThemeIds] = useState<string[]>(organization?.themes.map((theme) => theme.id) ?? []);

  const save = useSaveAndOpen(
    () => {
      const body = {
        kind: kind || undefined,
        name,
        shortName: orNull(shortName),
        names: Object.fromEntries(Object.entries(names).filter(([, value]) => value.trim() !== '')),
        seatPlaceId,
        parentId,
        website: orNull(website),
        email: orNull(email),
        phone: orNull(phone),
        address: orNull(address),
        iatiIdentifier: orNull(iatiIdentifier),
        visibility,
        themeIds,
      };
      return organization ? organizationApi.update(organization.id, body) : organizationApi.create({ ...body, workspaceId });
    },
    { refresh: [organizationKeys.all], open: (saved) => `/organizations/${saved.id}` },
  );
  const similar = useSimilarBeforeSaving({ name: name.trim(), seatPlaceId }, () => findSimilarOrganizations(name, seatPlaceId));
  const openExisting = (candidate: { id: string }) => void navigate(`/organizations/${candidate.id}`);
  const error = bodyFieldErrors(save.error);
  const fieldLabels = {
    'body.kind': t('organizations.kind'),
    'body.name': t('organizations.name'),
    'body.shortName': t('organizations.shortName'),
    'body.names': t('organizations.namesInLanguages'),
    'body.seatPlaceId': t('organizations.seat'),
    'body.parentId': t('organizations.parent'),
    'body.website': t('organizations.website'),
    'body.email': t('organizations.email'),
    'body.phone': t('organizations.phone'),
    'body.address': t('organizations.address'),
    'body.iatiIdentifier': t('organizations.iatiIdentifier'),
  };
  const title = organization ? t('organizations.editTitle', { name: pickName(organization.names, organization.name, language).text }) : t('organizations.createTitle');

  return (
    <RecordFormFrame heading={title} back={{ to: organization ? `/organizations/${organization.id}` : '/organizations', label: organization ? t('forms.backToRecord') : t('organizations.backToList') }} workspace={organization ? undefined : { value: workspaceId, onChange: setWorkspaceId }} save={save} onSubmit={organization ? undefined : () => void similar.save(() => save.mutate())} busy={similar.checking} fieldLabels={fieldLabels}>
        <OrganizationKindField value={kind} onChange={setKind} error={error('kind')} required />
        <InputField label={t('organizations.name')} value={name} onChange={setName} required error={error('name')} />
        {!organization && !similar.asking && <SimilarOrganizations name={name} seatPlaceId={seatPlaceId} onUse={openExisting} />}
        <InputField label={t('organizations.shortName')} value={shortName} onChange={setShortName} error={error('shortName')} />
        <Fieldset legend={t('organizations.namesInLanguages')}>
          {(['de', 'en', 'uk'] as const).map((tag) => (
            <InputField key={tag} label={t(`places.nameIn.${tag}`)} lang={tag} value={names[tag]} onChange={(value) => setNames((current) => ({ ...current, [tag]: value }))} />
          ))}
        </Fieldset>
        <PlaceAutocomplete
          label={t('organizations.seat')}
          initial={organization?.seat}
          onSelect={(place) => setSeatPlaceId(place?.id ?? null)}
          error={error('seatPlaceId')}
        />
        <OrganizationAutocomplete
          label={t('organizations.parent')}
          initial={organization?.parent}
          onSelect={(chosen) => setParentId(chosen?.id ?? null)}
          error={error('parentId')}
        />
        <InputField label={t('organizations.website')} type="url" value={website} onChange={setWebsite} error={error('website')} />
        <div className="form-row">
          <InputField label={t('organizations.email')} type="email" value={email} onChange={setEmail} error={error('email')} />
          <InputField label={t('organizations.phone')} type="tel" value={phone} onChange={setPhone} error={error('phone')} />
        </div>
        <InputField label={t('organizations.address')} value={address} onChange={setAddress} error={error('address')} />
        <InputField
          label={t('organizations.iatiIdentifier')}
          hint={t('organizations.iatiIdentifierHint')}
          value={iatiIdentifier}
          onChange={setIatiIdentifier}
          error={error('iatiIdentifier')}
        />
        <ThemeChecklist selected={themeIds} onChange={setThemeIds} />
        <VisibilityField value={visibility} onChange={setVisibility} />
        {similar.asking && <ConfirmSimilarOrganizations candidates={similar.asking} onUse={openExisting} onCreateAnyway={() => similar.createAnyway(() => save.mutate())} />}
    </RecordFormFrame>
  );
}
