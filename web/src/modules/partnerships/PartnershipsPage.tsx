import { useTranslation } from 'react-i18next';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { PartnershipFilterBar } from './PartnershipFilterBar';
import { PartnershipTable } from './PartnershipTable';
import { usePartnershipPages } from './usePartnershipPages';
import { ListPage } from '../../shell/ListPage';
import { partnershipKindValues, partnershipStatusValues } from '../../lib/api/enums';
import { pagedItems } from '../../lib/pagedItems';

export function PartnershipsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useEnumSearchParam('kind', partnershipKindValues);
  const [status, setStatus] = useEnumSearchParam('status', partnershipStatusValues);
  const query = usePartnershipPages({ kind, status });
  const partnerships = pagedItems(query.data);

  return (
    <ListPage
      title={t('partnerships.title')}
      intro={t('partnerships.intro')}
      create={{ to: '/partnerships/new', label: t('partnerships.create') }}
      links={[{ to: '/partnerships/map', label: t('partnerships.showMap') }]}
      filters={<PartnershipFilterBar kind={kind} status={status} onKindChange={setKind} onStatusChange={setStatus} />}
      query={query}
      shown={partnerships.length}
    >
      <PartnershipTable partnerships={partnerships} />
    </ListPage>
  );
}
