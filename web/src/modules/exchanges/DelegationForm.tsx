import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSend } from '../../lib/api/apiSend';
import { fieldError } from '../../lib/fieldError';
import { FormAlert } from '../../shell/FormAlert';
import { InputField } from '../../shell/InputField';
import { OrganizationAutocomplete } from '../organizations/OrganizationAutocomplete';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { DELEGATION_SECTORS } from './exchangeEnums';
import type { DelegationSector, ExchangeDetail } from './exchangeTypes';

/** Adds a delegation: a group from a town or an organization, its make-up and size. */
export function DelegationForm({ exchange, onDone }: { exchange: ExchangeDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [placeId, setPlaceId] = useState<string | null>(null);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [sectors, setSectors] = useState<DelegationSector[]>([]);
  const [size, setSize] = useState('');
  const save = useMutation({
    mutationFn: () =>
      apiSend('POST', `/exchanges/${exchange.id}/delegations`, {
        fromPlaceId: placeId,
        fromOrganizationId: placeId ? null : organizationId,
        sectors,
        size: size.trim() === '' ? null : Number(size),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['exchanges', 'detail', exchange.id] });
      onDone();
    },
  });
  const error = (field: string) => fieldError(save.error, `body.${field}`);
  return (
    <form
      className="record-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <h3 id={headingId} className="kern-heading-small">
        {t('delegations.createTitle')}
      </h3>
      <p className="kern-body">{t('delegations.originHint')}</p>
      <div className="form-row">
        <PlaceAutocomplete label={t('delegations.fromPlace')} onSelect={(place) => setPlaceId(place?.id ?? null)} error={error('fromPlaceId')} />
        <OrganizationAutocomplete label={t('delegations.fromOrganization')} onSelect={(organization) => setOrganizationId(organization?.id ?? null)} error={error('fromOrganizationId')} />
      </div>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('exchanges.columnSectors')}</legend>
        <div className="kern-fieldset__body sector-checklist">
          {DELEGATION_SECTORS.map((sector) => (
            <div key={sector} className="kern-form-check">
              <input
                id={`${headingId}-${sector}`}
                className="kern-form-check__checkbox"
                type="checkbox"
                checked={sectors.includes(sector)}
                onChange={(event) => setSectors(event.target.checked ? [...sectors, sector] : sectors.filter((current) => current !== sector))}
              />
              <label className="kern-label" htmlFor={`${headingId}-${sector}`}>
                {t(`enums.delegationSector.${sector}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <InputField label={t('delegations.size')} type="number" value={size} onChange={setSize} error={error('size')} />
      <FormAlert error={save.error} />
      <div className="button-row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending}>
          <span className="kern-label">{t('forms.save')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onDone}>
          <span className="kern-label">{t('common.cancel')}</span>
        </button>
      </div>
    </form>
  );
}
