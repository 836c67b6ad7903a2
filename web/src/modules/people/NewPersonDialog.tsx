import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyFieldErrors } from '../../lib/fieldError';
import type { NamedRecord } from '../../lib/pickName';
import { useSimilarBeforeSaving } from '../../lib/useSimilarBeforeSaving';
import { autocompleteKeys } from '../../shell/Autocomplete';
import { FormAlert } from '../../shell/FormAlert';
import { FormDialog } from '../../shell/FormDialog';
import { InputField } from '../../shell/InputField';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { NewOrganizationDialog } from '../organizations/NewOrganizationDialog';
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
  const queryClient = useQueryClient();
  const [workspaceId, setWorkspaceId] = useState(preset ?? '');
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [email, setEmail] = useState('');
  const [organization, setOrganization] = useState<(NamedRecord & { id: string }) | null>(null);
  const [organizationRound, setOrganizationRound] = useState(0);
  const [creatingOrganization, setCreatingOrganization] = useState(false);
  const [basis, setBasis] = useState<ConsentBasis | ''>('');
  const save = useMutation({
    mutationFn: () =>
      personApi.create({
        workspaceId,
        givenName,
        familyName,
        email: email.trim() || null,
        affiliations: organization ? [{ organizationId: organization.id }] : [],
        consent: basis ? { basis } : undefined,
      }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: autocompleteKeys.of('people') });
      await queryClient.invalidateQueries({ queryKey: personKeys.all });
      onCreated(created);
    },
  });
  const chooseExisting = useMutation({
    mutationFn: (id: string) => personApi.get(id),
    onSuccess: onCreated,
  });
  const similar = useSimilarBeforeSaving({ givenName: givenName.trim(), familyName: familyName.trim() }, () => findSimilarPeople(givenName, familyName));
  const error = bodyFieldErrors(save.error);
  return (
    <>
      <FormDialog
        title={t('people.createInPlace')}
        submitLabel={t('people.createInPlaceSubmit')}
        pending={save.isPending || similar.checking}
        onSubmit={() => void similar.save(() => save.mutate())}
        onClose={onClose}
      >
        <WorkspaceField value={workspaceId} onChange={setWorkspaceId} error={error('workspaceId')} />
        <div className="form-row">
          <PersonNameFields givenName={givenName} familyName={familyName} onGivenName={setGivenName} onFamilyName={setFamilyName} error={error} />
        </div>
        {similar.asking ? (
          <ConfirmSimilarPeople candidates={similar.asking} onUse={(candidate) => chooseExisting.mutate(candidate.id)} onCreateAnyway={() => similar.createAnyway(() => save.mutate())} />
        ) : (
          <SimilarPeople givenName={givenName} familyName={familyName} onUse={(candidate) => chooseExisting.mutate(candidate.id)} />
        )}
        <InputField label={t('people.email')} type="email" value={email} onChange={setEmail} error={error('email')} />
        <OrganizationAutocomplete
          key={organizationRound}
          label={t('people.organization')}
          initial={organization}
          onSelect={setOrganization}
          error={error('affiliations.0.organizationId')}
        />
        <p className="kern-body kern-body--small">
          <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setCreatingOrganization(true)}>
            <span className="kern-label">{t('organizations.createInPlaceOpen')}</span>
          </button>
        </p>
        <ConsentBasisField value={basis} onChange={setBasis} error={error('consent')} />
        <FormAlert
          error={save.error ?? chooseExisting.error}
          fieldLabels={{ 'body.workspaceId': t('forms.workspace'), 'body.givenName': t('people.givenName'), 'body.familyName': t('people.familyName'), 'body.email': t('people.email'), 'body.affiliations': t('people.organization'), 'body.consent': t('people.consentBasis') }}
        />
      </FormDialog>
      {creatingOrganization && (
        <NewOrganizationDialog
          workspaceId={workspaceId}
          onCreated={(created) => {
            setOrganization(created);
            setOrganizationRound((round) => round + 1);
            setCreatingOrganization(false);
          }}
          onClose={() => setCreatingOrganization(false)}
        />
      )}
    </>
  );
}
