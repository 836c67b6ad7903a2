import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../../lib/api/types';
import { bodyFieldErrors } from '../../lib/fieldError';
import { useSimilarBeforeSaving } from '../../lib/useSimilarBeforeSaving';
import { autocompleteKeys } from '../../shell/Autocomplete';
import { FormAlert } from '../../shell/FormAlert';
import { FormDialog } from '../../shell/FormDialog';
import { InputField } from '../../shell/InputField';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { ConfirmSimilarOrganizations, findSimilarOrganizations, SimilarOrganizations } from './SimilarOrganizations';
import { organizationApi, type OrganizationDetail } from './organizationApi';
import { OrganizationKindField } from './OrganizationKindField';

interface Props {
  /** The workspace of the record being worked on, preselected when the user may create in it. */
  workspaceId?: string;
  initialName?: string;
  onCreated: (organization: OrganizationDetail) => void;
  onClose: () => void;
}

/** Enters an organization without leaving the form at hand (name, kind and seat), or uses a similar one that exists already. */
export function NewOrganizationDialog({ workspaceId: preset, initialName = '', onCreated, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [workspaceId, setWorkspaceId] = useState(preset ?? '');
  const [name, setName] = useState(initialName);
  const [kind, setKind] = useState<OrganizationKind | ''>('');
  const [seatPlaceId, setSeatPlaceId] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => organizationApi.create({ workspaceId, name, kind: kind || undefined, seatPlaceId }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: autocompleteKeys.of('organizations') });
      onCreated(created);
    },
  });
  const chooseExisting = useMutation({
    mutationFn: (id: string) => organizationApi.get(id),
    onSuccess: onCreated,
  });
  const similar = useSimilarBeforeSaving({ name: name.trim(), seatPlaceId }, () => findSimilarOrganizations(name, seatPlaceId));
  const error = bodyFieldErrors(save.error);
  return (
    <FormDialog
      title={t('organizations.createInPlace')}
      submitLabel={t('organizations.createInPlaceSubmit')}
      pending={save.isPending || similar.checking}
      onSubmit={() => void similar.save(() => save.mutate())}
      onClose={onClose}
    >
      <WorkspaceField value={workspaceId} onChange={setWorkspaceId} error={error('workspaceId')} />
      <InputField label={t('organizations.name')} value={name} onChange={setName} required error={error('name')} />
      <OrganizationKindField value={kind} onChange={setKind} error={error('kind')} />
      <PlaceAutocomplete label={t('organizations.seat')} onSelect={(place) => setSeatPlaceId(place?.id ?? null)} error={error('seatPlaceId')} />
      {similar.asking ? (
        <ConfirmSimilarOrganizations candidates={similar.asking} onUse={(candidate) => chooseExisting.mutate(candidate.id)} onCreateAnyway={() => similar.createAnyway(() => save.mutate())} />
      ) : (
        <SimilarOrganizations name={name} seatPlaceId={seatPlaceId} onUse={(candidate) => chooseExisting.mutate(candidate.id)} />
      )}
      <FormAlert
        error={save.error ?? chooseExisting.error}
        fieldLabels={{ 'body.workspaceId': t('forms.workspace'), 'body.name': t('organizations.name'), 'body.kind': t('organizations.kind'), 'body.seatPlaceId': t('organizations.seat') }}
      />
    </FormDialog>
  );
}
