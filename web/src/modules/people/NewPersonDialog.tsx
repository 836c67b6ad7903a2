import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NamedRecord } from '../../lib/pickName';
import { useNewRecordEntry } from '../../lib/useNewRecordEntry';
import { autocompleteKeys } from '../../shell/Autocomplete';
import { FormAlert } from '../../shell/FormAlert';
import { FormDialog } from '../../shell/FormDialog';
import { InputField } from '../../shell/InputField';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { NewOrganizationButton } from '../organizations/NewOrganizationButton';
import { OrganizationAutocomplete } from '../organizations/OrganizationAutocomplete';
import { personApi, personKeys, type ConsentBasis, type PersonDetail } from './personApi';
import { ConsentBasisField, PersonNameFields } from './PersonFields';
import { ConfirmSimilarPeople, findSimilarPeople, SimilarPeople } from './SimilarPeople';

interface Props {
  /** The workspace of the record being worked on, preselected when the user may create in it. */
  workspaceId?: string;
  onCreated: (person: PersonDetail) => void;
  onClose: () => void;
}

/**
 * Enters a person without leaving the form at hand: name, e-mail, organization (found or entered
 * here too) and the lawful basis for holding their data. Nothing is saved when it is cancelled.
 */
export function NewPersonDialog({ workspaceId: preset, onCreated, onClose }: Props) {
  const { t } = useTranslation();
  const [workspaceId, setWorkspaceId] = useState(preset ?? '');
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [email, setEmail] = useState('');
  const [organization, setOrganization] = useState<(NamedRecord & { id: string }) | null>(null);
  const [organizationRound, setOrganizationRound] = useState(0);
  const [basis, setBasis] = useState<ConsentBasis | ''>('');
  const entry = useNewRecordEntry({
    create: () =>
      personApi.create({
        workspaceId,
        givenName,
        familyName,
        email: email.trim() || null,
        affiliations: organization ? [{ organizationId: organization.id }] : [],
        consent: basis ? { basis } : undefined,
      }),
    get: personApi.get,
    refresh: [autocompleteKeys.of('people'), personKeys.all],
    compared: { givenName: givenName.trim(), familyName: familyName.trim() },
    findSimilar: () => findSimilarPeople(givenName, familyName),
    onCreated,
  });
  const error = entry.fieldError;
  return (
    <FormDialog
        title={t('people.createInPlace')}
        submitLabel={t('people.createInPlaceSubmit')}
        pending={entry.pending}
        onSubmit={entry.submit}
        onClose={onClose}
      >
        <WorkspaceField value={workspaceId} onChange={setWorkspaceId} error={error('workspaceId')} />
        <div className="form-row">
          <PersonNameFields givenName={givenName} familyName={familyName} onGivenName={setGivenName} onFamilyName={setFamilyName} error={error} />
        </div>
        {entry.asking ? (
          <ConfirmSimilarPeople candidates={entry.asking} onUse={entry.use} onCreateAnyway={entry.createAnyway} />
        ) : (
          <SimilarPeople givenName={givenName} familyName={familyName} onUse={entry.use} />
        )}
        <InputField label={t('people.email')} type="email" value={email} onChange={setEmail} error={error('email')} />
        <OrganizationAutocomplete
          key={organizationRound}
          label={t('people.organization')}
          initial={organization}
          onSelect={setOrganization}
          error={error('affiliations.0.organizationId')}
        />
        <p className="button-row">
          <NewOrganizationButton
            workspaceId={workspaceId}
            onCreated={(created) => {
              setOrganization(created);
              setOrganizationRound((round) => round + 1);
            }}
          />
        </p>
        <ConsentBasisField value={basis} onChange={setBasis} error={error('consent')} />
        <FormAlert
          error={entry.error}
          fieldLabels={{ 'body.workspaceId': t('forms.workspace'), 'body.givenName': t('people.givenName'), 'body.familyName': t('people.familyName'), 'body.email': t('people.email'), 'body.affiliations': t('people.organization'), 'body.consent': t('people.consentBasis') }}
        />
      </FormDialog>
  );
}
