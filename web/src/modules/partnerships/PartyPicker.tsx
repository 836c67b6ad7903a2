import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { OrganizationAutocomplete } from '../organizations/OrganizationAutocomplete';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import type { Party } from './partnershipApi';
import { PartyName } from './PartyName';
import { Fieldset } from '../../shell/Fieldset';

interface Props {
  parties: Party[];
  onChange: (parties: Party[]) => void;
  error?: string;
}

const keyOf = (party: Party) => party.place?.id ?? party.organization?.id ?? '';

/** The sides of a partnership: places (Kiew, Kyiv or Київ) or organizations, added with their pickers. */
export function PartyPicker({ parties, onChange, error }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const partyName = (party: Party) =>
    party.place ? pickName(party.place.names, party.place.name, language).text : party.organization ? pickName(party.organization.names, party.organization.name, language).text : '';
  // A new key empties a picker once its choice has been added.
  const [round, setRound] = useState(0);
  const add = (party: Party) => {
    if (!parties.some((existing) => keyOf(existing) === keyOf(party))) onChange([...parties, party]);
    setRound((current) => current + 1);
  };
  return (
    <Fieldset legend={t('partnerships.parties')} required hint={t('partnerships.partiesHint')} invalid={Boolean(error)} className="party-picker">
      {parties.length > 0 ? (
        <ul className="party-picker__list" aria-label={t('partnerships.chosenParties')}>
          {parties.map((party) => (
            <li key={keyOf(party)} className="party-picker__item">
              <span className="kern-body">
                <PartyName party={party} />
              </span>
              <button
                type="button"
                className="kern-btn kern-btn--tertiary kern-btn--x-small"
                onClick={() => onChange(parties.filter((existing) => keyOf(existing) !== keyOf(party)))}
                aria-label={`${t('common.remove')}: ${partyName(party)}`}
              >
                <span className="kern-label">{t('common.remove')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="kern-body">{t('partnerships.noPartiesYet')}</p>
      )}
      {error && (
        <p className="kern-error">
          <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      )}
      <div className="form-row">
        <PlaceAutocomplete key={`place-${round}`} label={t('partnerships.addPlace')} onSelect={(place) => place && add({ place, organization: null })} />
        <OrganizationAutocomplete key={`organization-${round}`} label={t('partnerships.addOrganization')} onSelect={(organization) => organization && add({ place: null, organization })} />
      </div>
    </Fieldset>
  );
}
