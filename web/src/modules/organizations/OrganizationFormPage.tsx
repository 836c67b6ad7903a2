import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { OrganizationKind, Visibility } from '../../lib/api/types';
import { fieldError } from '../../lib/fieldError';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { useSimilarBeforeSaving } from '../../lib/useSimilarBeforeSaving';
import { BackLink } from '../../shell/BackLink';
import { FormAlert } from '../../shell/FormAlert';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { SelectField } from '../../shell/SelectField';
import { InputField } from '../../shell/InputField';
import { VisibilityField } from '../../shell/VisibilityField';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { ThemeChecklist } from '../themes/ThemeChecklist';
import { OrganizationAutocomplete } from './OrganizationAutocomplete';
import { ConfirmSimilarOrganizations, findSimilarOrganizations, SimilarOrganizations } from './SimilarOrganizations';
import { ORGANIZATION_KINDS, organizationApi, organizationKeys, type OrganizationDetail } from './organizationApi';
import { useOrganization } from './useOrganization';

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function OrganizationFormPage() {
  const { id } = useParams();
  const existing = useOrganization(id);
  if (id && existing.isPending) return <LoadingState />;
  return <OrganizationForm key={id ?? 'new'} organization={existing.data} />;
}

function OrganizationForm({ organization }: { organization?: OrganizationDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
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

  const save = useMutation({
    mutationFn: () => {
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
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: organizationKeys.all });
      await navigate(`/organizations/${saved.id}`);
    },
  });
  const similar = useSimilarBeforeSaving({ name: name.trim(), seatPlaceId }, () => findSimilarOrganizations(name, seatPlaceId));
  const openExisting = (candidate: { id: string }) => void navigate(`/organizations/${candidate.id}`);
  const error = (field: string) => fieldError(save.error, `body.${field}`);
  const title = organization ? t('organizations.editTitle', { name: pickName(organization.names, organization.name, language).text }) : t('organizations.createTitle');

  return (
    <>
      <BackLink to={organization ? `/organizations/${organization.id}` : '/organizations'}>
        {organization ? t('forms.backToRecord') : t('organizations.backToList')}
      </BackLink>
      <PageHeading title={title}>{title}</PageHeading>
      <form
        className="record-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (organization) save.mutate();
          else void similar.save(() => save.mutate());
        }}
      >
        {!organization && <WorkspaceField value={workspaceId} onChange={setWorkspaceId} />}
        <SelectField
          label={t('organizations.kind')}
          value={kind}
          emptyLabel={t('forms.choose')}
          options={ORGANIZATION_KINDS.map((value) => ({ value, label: t(`enums.organizationKind.${value}`) }))}
          onChange={(value) => setKind(ORGANIZATION_KINDS.find((candidate) => candidate === value) ?? '')}
        />
        <InputField label={t('organizations.name')} value={name} onChange={setName} required error={error('name')} />
        {!organization && !similar.asking && <SimilarOrganizations name={name} seatPlaceId={seatPlaceId} onUse={openExisting} />}
        <InputField label={t('organizations.shortName')} value={shortName} onChange={setShortName} error={error('shortName')} />
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('organizations.namesInLanguages')}</legend>
          <div className="kern-fieldset__body">
            {(['de', 'en', 'uk'] as const).map((tag) => (
              <InputField key={tag} label={t(`places.nameIn.${tag}`)} lang={tag} value={names[tag]} onChange={(value) => setNames((current) => ({ ...current, [tag]: value }))} />
            ))}
          </div>
        </fieldset>
        <PlaceAutocomplete
          label={t('organizations.seat')}
          initialText={organization?.seat ? pickName(organization.seat.names, organization.seat.name, language).text : ''}
          onSelect={(place) => setSeatPlaceId(place?.id ?? null)}
          error={error('seatPlaceId')}
        />
        <OrganizationAutocomplete
          label={t('organizations.parent')}
          initialText={organization?.parent ? pickName(organization.parent.names, organization.parent.name, language).text : ''}
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
        <FormAlert error={save.error} />
        <div className="button-row">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending || similar.checking || (!organization && !workspaceId)}>
            <span className="kern-label">{t('forms.save')}</span>
          </button>
        </div>
      </form>
    </>
  );
}
