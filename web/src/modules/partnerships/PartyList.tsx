import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/countryName';
import { useLanguage } from '../../lib/useLanguage';
import type { Party } from './partnershipApi';
import { PartyName } from './PartyName';

/** The parties, each with what it is and where: "Leipzig-Grünau (Stadtbezirk, Deutschland)". */
export function PartyList({ parties }: { parties: Party[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul>
      {parties.map((party, index) => {
        const details = party.place
          ? [t(`enums.placeKind.${party.place.kind}`), party.place.countryCode && countryName(party.place.countryCode, language)]
          : party.organization
            ? [t(`enums.organizationKind.${party.organization.kind}`)]
            : [];
        return (
          <li key={party.place?.id ?? party.organization?.id ?? index}>
            <PartyName party={party} /> ({details.filter(Boolean).join(', ')})
          </li>
        );
      })}
    </ul>
  );
}
