import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../../lib/api/types';
import { useNewRecordEntry } from '../../lib/useNewRecordEntry';
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
  onCreated: (organization: OrganizationDetail) => void;
  onClose: () => void;
}

/** Enters an organization without leaving the form at hand (name, kind and seat), or uses a similar one that exists already. */
export function NewOrganizationDialog({ workspaceId: preset, onCreated, onClose }: Props) {
  const { t } = useTranslation();
  const [workspaceId, setWorkspaceId] = useState(preset ?? '');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind | ''>('');
  const [seatPlaceId, setSeatPlaceId] = useState<string | null>(null);
  const entry = useNewRecordEntry({
    create: () => organizationApi.create({ workspaceId, name, kind: kind || undefined, seatPlaceId }),
    get: organizationApi.get,
    refresh: [autocompleteKeys.of('organizations')],
    compared: { name: name.trim(), seatPlaceId },
    findSimilar: () => findSimilarOrganizations(name, seatPlaceId),
    onCreated,
  });
  const error = entry.fieldError;
  return (
    <FormDialog
      title={t('organizations.createInPlace')}
      submitLabel={t('organizations.createInPlaceSubmit')}
      pending={entry.pending}
      onSubmit={entry.submit}
      onClose={onClose}
    >
      <WorkspaceField value={workspaceId} onChange={setWorkspaceId} error={error('workspaceId')} />
      <InputField label={t('organizations.name')} value={name} onChange={setName} required error={error('name')} />
      <OrganizationKindField value={kind} onChange={setKind} error={error('kind')} />
      <PlaceAutocomplete label={t('organizations.seat')} onSelect={(place) => setSeatPlaceId(place?.id ?? null)} error={error('seatPlaceId')} />
      {entry.asking ? (
        <ConfirmSimilarOrganizations candidates={entry.asking} onUse={entry.use} onCreateAnyway={entry.createAnyway} />
      ) : (
        <SimilarOrganizations name={name} seatPlaceId={seatPlaceId} onUse={entry.use} />
      )}
      <FormAlert
        error={entry.error}
        fieldLabels={{ 'body.workspaceId': t('forms.workspace'), 'body.name': t('organizations.name'), 'body.kind': t('organizations.kind'), 'body.seatPlaceId': t('organizations.seat') }}
      />
    </FormDialog>
  );
}
