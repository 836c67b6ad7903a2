import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Visibility } from '../../lib/api/types';
import { bodyFieldErrors } from '../../lib/fieldError';
import { useSimilarBeforeSaving } from '../../lib/useSimilarBeforeSaving';
import { InputField } from '../../shell/InputField';
import { VisibilityField } from '../../shell/VisibilityField';
import { ConfirmSimilarPeople, findSimilarPeople, SimilarPeople } from './SimilarPeople';
import { OrganizationAutocomplete } from '../organizations/OrganizationAutocomplete';
import { ThemeChecklist } from '../themes/ThemeChecklist';
import { personApi, personKeys, type ConsentBasis, type PersonDetail } from './personApi';
import { ConsentBasisField, PersonNameFields } from './PersonFields';
import { usePerson } from './usePerson';
import { RecordFormFrame, RecordFormLoader } from '../../shell/RecordFormPage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { Fieldset } from '../../shell/Fieldset';

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function PersonFormPage() {
  return <RecordFormLoader useRecord={usePerson} form={PersonForm} />;
}

/** Enters or edits a person; entering someone else asks for the lawful basis of holding their data. */
function PersonForm({ record: person }: { record?: PersonDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const current = person?.affiliations[0];
  const [workspaceId, setWorkspaceId] = useState('');
  const [givenName, setGivenName] = useState(person?.givenName ?? '');
  const [familyName, setFamilyName] = useState(person?.familyName ?? '');
  const [honorific, setHonorific] = useState(person?.honorific ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [phone, setPhone] = useState(person?.phone ?? '');
  const [languages, setLanguages] = useState(person?.languages.join(', ') ?? '');
  const [organizationId, setOrganizationId] = useState<string | null>(current?.organization?.id ?? null);
  const [role, setRole] = useState(current?.role ?? '');
  const [from, setFrom] = useState(current?.from ?? '');
  const [to, setTo] = useState(current?.to ?? '');
  const [visibility, setVisibility] = useState<Visibility>(person?.visibility ?? 'workspace');
  const [themeIds, setThemeIds] = useState<string[]>(person?.themes.map((theme) => theme.id) ?? []);
  const [basis, setBasis] = useState<ConsentBasis | ''>(person?.consent?.basis ?? '');
  const [obtainedOn, setObtainedOn] = useState(person?.consent?.obtainedOn ?? '');
  const [consentNote, setConsentNote] = useState(person?.consent?.note ?? '');

  const save = useSaveAndOpen(
    () => {
      const body = {
        givenName,
        familyName,
        honorific: orNull(honorific),
        email: orNull(email),
        phone: orNull(phone),
        languages: languages.split(/[,;\s]+/).map((code) => code.trim().toLowerCase()).filter(Boolean),
        visibility,
        themeIds,
        affiliations: organizationId ? [{ organizationId, role: orNull(role), from: orNull(from), to: orNull(to) }] : [],
        consent: basis ? { basis, obtainedOn: orNull(obtainedOn), note: orNull(consentNote) } : undefined,
      };
      return person ? personApi.update(person.id, body) : personApi.create({ ...body, workspaceId });
    },
    { refresh: [personKeys.all], open: (saved) => `/people/${saved.id}` },
  );
  const similar = useSimilarBeforeSaving({ givenName: givenName.trim(), familyName: familyName.trim() }, () => findSimilarPeople(givenName, familyName));
  const openExisting = (candidate: { id: string }) => void navigate(`/people/${candidate.id}`);
  const error = bodyFieldErrors(save.error);
  const fieldLabels = {
    'body.givenName': t('people.givenName'),
    'body.familyName': t('people.familyName'),
    'body.honorific': t('people.honorific'),
    'body.email': t('people.email'),
    'body.phone': t('people.phone'),
    'body.languages': t('people.languages'),
    'body.visibility': t('forms.visibility'),
    'body.themeIds': t('themes.title'),
    'body.affiliations': t('people.affiliation'),
    'body.consent': t('people.consent'),
  };
  const title = person ? t('people.editTitle', { name: person.displayName }) : t('people.createTitle');

  return (
    <RecordFormFrame heading={title} back={{ to: person ? `/people/${person.id}` : '/people', label: person ? t('forms.backToRecord') : t('people.backToList') }} workspace={person ? undefined : { value: workspaceId, onChange: setWorkspaceId }} save={save} onSubmit={person ? undefined : () => void similar.save(() => save.mutate())} busy={similar.checking} fieldLabels={fieldLabels}>
        <div className="form-row">
          <PersonNameFields givenName={givenName} familyName={familyName} onGivenName={setGivenName} onFamilyName={setFamilyName} error={error} />
          <InputField label={t('people.honorific')} value={honorific} onChange={setHonorific} error={error('honorific')} />
        </div>
        {!person && !similar.asking && <SimilarPeople givenName={givenName} familyName={familyName} onUse={openExisting} />}
        <div className="form-row">
          <InputField label={t('people.email')} type="email" value={email} onChange={setEmail} error={error('email')} />
          <InputField label={t('people.phone')} type="tel" value={phone} onChange={setPhone} error={error('phone')} />
        </div>
        <InputField label={t('people.languages')} hint={t('people.languagesHint')} value={languages} onChange={setLanguages} error={error('languages')} />
        <Fieldset legend={t('people.affiliation')}>
          <OrganizationAutocomplete
            label={t('people.organization')}
            initial={current?.organization}
            onSelect={(organization) => setOrganizationId(organization?.id ?? null)}
            error={error('affiliations')}
          />
          <InputField label={t('people.role')} value={role} onChange={setRole} />
          <div className="form-row">
            <InputField label={t('people.from')} type="date" value={from} onChange={setFrom} />
            <InputField label={t('people.to')} type="date" value={to} onChange={setTo} />
          </div>
        </Fieldset>
        <ThemeChecklist selected={themeIds} onChange={setThemeIds} />
        <Fieldset legend={t('people.consent')}>
          <ConsentBasisField value={basis} onChange={setBasis} />
          {error('consent') && <p className="kern-error kern-body">{error('consent')}</p>}
          <InputField label={t('people.consentObtainedOn')} type="date" value={obtainedOn} onChange={setObtainedOn} />
          <InputField label={t('people.consentNote')} value={consentNote} onChange={setConsentNote} />
        </Fieldset>
        <VisibilityField value={visibility} onChange={setVisibility} />
        {similar.asking && <ConfirmSimilarPeople candidates={similar.asking} onUse={openExisting} onCreateAnyway={() => similar.createAnyway(() => save.mutate())} />}
    </RecordFormFrame>
  );
}
