import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { delegationName } from './delegationName';
import type { Delegation, Registration } from './exchangeApi';

/** Who is expected and who has arrived, in all and per delegation; read out as it changes. */
export function CheckInCounts({ expected, delegations }: { expected: Registration[]; delegations: Delegation[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = (value: number) => formatNumber(value, language);
  const arrived = (list: Registration[]) => list.filter((item) => item.state === 'attended').length;
  const groups = delegations
    .map((delegation) => ({ delegation, members: expected.filter((item) => item.delegationId === delegation.id) }))
    .filter((group) => group.members.length > 0);
  const alone = expected.filter((item) => !item.delegationId);
  return (
    <div className="check-in-counts" role="status">
      <p className="kern-body kern-body--large check-in-counts__total">
        {t('checkIn.counts', { count: expected.length, registered: number(expected.length), arrived: number(arrived(expected)) })}
      </p>
      {groups.length > 0 && (
        <ul className="check-in-counts__groups">
          {groups.map(({ delegation, members }) => (
            <li key={delegation.id}>
              {t('checkIn.delegationCount', { name: delegationName(delegation, language), arrived: number(arrived(members)), registered: number(members.length) })}
            </li>
          ))}
          {alone.length > 0 && <li>{t('checkIn.withoutDelegationCount', { arrived: number(arrived(alone)), registered: number(alone.length) })}</li>}
        </ul>
      )}
    </div>
  );
}
