import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationRef, PlaceRef } from '../../lib/api/types';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { OrganizationAutocomplete } from '../organizations/OrganizationAutocomplete';
import { PersonAutocomplete } from '../people/PersonAutocomplete';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { memberName } from './memberName';
import { networkApi, networkKeys, type NetworkMember } from './networkApi';
import { InlineForm } from '../../shell/InlineForm';
import { useSaveAndRefresh } from '../../lib/useSaveAndRefresh';

interface Props {
  networkId: string;
  /** The member to change; without it the form adds a member. */
  member?: NetworkMember;
  onDone: () => void;
}

/** Adds a member town or organisation, or changes when a member joined or left and whom to contact there. */
export function NetworkMemberForm({ networkId, member, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [place, setPlace] = useState<PlaceRef | null>(null);
  const [organization, setOrganization] = useState<OrganizationRef | null>(null);
  const [joinedOn, setJoinedOn] = useState(member?.joinedOn ?? '');
  const [leftOn, setLeftOn] = useState(member?.leftOn ?? '');
  const [contact, setContact] = useState<{ id: string; displayName: string } | null>(member?.contactPerson ?? null);

  const save = useSaveAndRefresh(
    () => {
      const body = { joinedOn: joinedOn || null, leftOn: leftOn || null, contactPersonId: contact?.id ?? null };
      return member
        ? networkApi.updateMember(networkId, member.id, body)
        : networkApi.addMember(networkId, { ...body, placeId: place?.id ?? null, organizationId: place ? null : (organization?.id ?? null) });
    },
    { refresh: [networkKeys.all], then: onDone },
  );
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);

  return (
    <InlineForm heading={member ? t('networks.editMemberTitle', { name: memberName(member, language) }) : t('networks.addMemberTitle')} onSubmit={() => save.mutate()} pending={save.isPending} error={save.error} problemsBesideFields submitLabel={member ? t('forms.save') : t('networks.addMember')} onCancel={onDone} className="network-member-form">
      {!member && (
        <>
          <p className="kern-body">{t('networks.memberHint')}</p>
          <div className="form-row">
            <PlaceAutocomplete label={t('networks.memberPlace')} onSelect={setPlace} error={error('placeId', t('networks.memberPlaceInvalid'))} />
            <OrganizationAutocomplete
              label={t('networks.memberOrganization')}
              onSelect={setOrganization}
              error={error('organizationId', t('networks.memberOrganizationInvalid'))}
            />
          </div>
        </>
      )}
      <div className="form-row">
        <InputField label={t('networks.joinedOn')} type="date" value={joinedOn} onChange={setJoinedOn} error={error('joinedOn', t('forms.dateInvalid'))} />
        <InputField label={t('networks.leftOn')} type="date" value={leftOn} onChange={setLeftOn} error={error('leftOn', t('networks.leftBeforeJoined'))} />
      </div>
      <PersonAutocomplete
        label={t('networks.contactPerson')}
        initialText={contact?.displayName ?? ''}
        onSelect={(person) => setContact(person ? { id: person.id, displayName: person.displayName } : null)}
        error={error('contactPersonId', t('networks.contactPersonInvalid'))}
      />
    </InlineForm>
  );
}
