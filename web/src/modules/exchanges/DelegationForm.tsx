import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyFieldErrors } from '../../lib/fieldError';
import { pickName, type NamedRecord } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { filledTexts, LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { NewOrganizationButton } from '../organizations/NewOrganizationButton';
import { OrganizationAutocomplete } from '../organizations/OrganizationAutocomplete';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { delegationLabel } from './delegationLabel';
import { exchangeApi, exchangeKeys, type Delegation, type DelegationSector, type ExchangeDetail } from './exchangeApi';
import { InlineForm } from '../../shell/InlineForm';
import { useSaveAndRefresh } from '../../lib/useSaveAndRefresh';
import { CheckboxGroup } from '../../shell/CheckboxGroup';
import { delegationSectorValues } from '../../lib/api/enums';

interface Props {
  exchange: ExchangeDetail;
  /** The delegation to change; without it, a new one is added. */
  delegation?: Delegation;
  onDone: () => void;
}

/** Adds or changes a delegation: its name, the town or organization it comes from, its make-up and size. */
export function DelegationForm({ exchange, delegation, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [name, setName] = useState<Texts>(textsOf(delegation?.name));
  const [placeId, setPlaceId] = useState<string | null>(delegation?.fromPlace?.id ?? null);
  const [organizationId, setOrganizationId] = useState<string | null>(delegation?.fromOrganization?.id ?? null);
  // Choosing a town clears the organization and the other way round: a delegation comes from one of them.
  const [placeRound, setPlaceRound] = useState(0);
  const [organizationRound, setOrganizationRound] = useState(0);
  // The organization the field names (the saved origin, one chosen or one just entered in the dialog), in the reader's language.
  const [organization, setOrganization] = useState<NamedRecord | null>(delegation?.fromOrganization ?? null);
  const [sectors, setSectors] = useState<DelegationSector[]>(delegation?.sectors ?? []);
  const [size, setSize] = useState(delegation?.size === null || delegation?.size === undefined ? '' : String(delegation.size));
  const save = useSaveAndRefresh(
    () => {
      const body = {
        name: filledTexts(name),
        fromPlaceId: placeId,
        fromOrganizationId: placeId ? null : organizationId,
        sectors,
        size: size.trim() === '' ? null : Number(size),
      };
      return delegation ? exchangeApi.updateDelegation(exchange.id, delegation.id, body) : exchangeApi.addDelegation(exchange.id, body);
    },
    { refresh: [exchangeKeys.detail(exchange.id)], then: onDone },
  );
  const error = bodyFieldErrors(save.error);
  const place = delegation?.fromPlace;
  return (
    <InlineForm heading={delegation ? t('delegations.editTitle', { name: delegationLabel(delegation, language) }) : t('delegations.createTitle')} onSubmit={() => save.mutate()} pending={save.isPending} error={save.error} fieldLabels={{ 'body.fromPlaceId': t('delegations.fromPlace'), 'body.fromOrganizationId': t('delegations.fromOrganization'), 'body.size': t('delegations.size') }} onCancel={onDone}>
      <LocalizedTextFields legend={t('delegations.name')} value={name} onChange={setName} error={error('name')} />
      <p className="kern-body">{t('delegations.originHint')}</p>
      <div className="form-row">
        <PlaceAutocomplete
          key={`place-${placeRound}`}
          label={t('delegations.fromPlace')}
          initialText={placeRound === 0 && place ? pickName(place.names, place.name, language).text : undefined}
          onSelect={(chosen) => {
            setPlaceId(chosen?.id ?? null);
            if (chosen && organizationId) {
              setOrganizationId(null);
              setOrganization(null);
              setOrganizationRound((round) => round + 1);
            }
          }}
          error={error('fromPlaceId')}
        />
        <OrganizationAutocomplete
          key={`organization-${organizationRound}`}
          label={t('delegations.fromOrganization')}
          initial={organization}
          onSelect={(chosen) => {
            setOrganizationId(chosen?.id ?? null);
            setOrganization(chosen);
            if (chosen && placeId) {
              setPlaceId(null);
              setPlaceRound((round) => round + 1);
            }
          }}
          error={error('fromOrganizationId')}
        />
      </div>
      <p className="button-row">
        <NewOrganizationButton
          workspaceId={exchange.workspaceId}
          onCreated={(created) => {
            setOrganizationId(created.id);
            setOrganization(created);
            setOrganizationRound((round) => round + 1);
            if (placeId) {
              setPlaceId(null);
              setPlaceRound((round) => round + 1);
            }
          }}
        />
      </p>
      <CheckboxGroup legend={t('exchanges.columnSectors')} options={delegationSectorValues} labels="enums.delegationSector" selected={sectors} onChange={setSectors} bodyClassName="sector-checklist" />
      <InputField label={t('delegations.size')} type="number" value={size} onChange={setSize} error={error('size')} />
    </InlineForm>
  );
}
