import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages';
import { formatDate } from '../../lib/formatDate';
import { pickName } from '../../lib/pickName';
import { sortByName } from '../../lib/sortByName';
import { useLanguage } from '../../lib/useLanguage';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import type { NetworkMember } from './networkTypes';

function memberName(member: NetworkMember, language: Language): string {
  if (member.place) return pickName(member.place.names, member.place.name, language).text;
  if (member.organization) return pickName(member.organization.names, member.organization.name, language).text;
  return '';
}

/** The member towns and organizations in alphabetical order; "member since" only when any date is known. */
export function NetworkMemberTable({ members }: { members: NetworkMember[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (members.length === 0) return <p className="kern-body">{t('networks.membersEmpty')}</p>;
  const showJoined = members.some((member) => member.joinedOn !== null);
  const sorted = sortByName(members, (member) => memberName(member, language), language);
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--small">
        <caption className="kern-sr-only">{t('networks.membersCaption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('networks.columnMember')}</th>
            <th scope="col" className="kern-table__header">{t('networks.columnMemberKind')}</th>
            {showJoined && <th scope="col" className="kern-table__header">{t('networks.columnJoined')}</th>}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {sorted.map((member, index) => (
            <tr key={member.place?.id ?? member.organization?.id ?? index} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {member.place && <PlaceName place={member.place} />}
                {member.organization && <OrganizationName organization={member.organization} />}
              </th>
              <td className="kern-table__cell">
                {member.place && t(`enums.placeKind.${member.place.kind}`)}
                {member.organization && t(`enums.organizationKind.${member.organization.kind}`)}
              </td>
              {showJoined && (
                <td className="kern-table__cell">
                  {member.joinedOn ? formatDate(member.joinedOn, language, 'medium') : t('common.notSpecified')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
