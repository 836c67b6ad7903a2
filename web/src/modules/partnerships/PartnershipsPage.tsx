import { useTranslation } from 'react-i18next';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from './partnershipApi';
import { PartnershipFilterBar } from './PartnershipFilterBar';
import { PartnershipTable } from './PartnershipTable';
import { usePartnershipPages } from './usePartnershipPages';
import { ListPage } from '../../shell/ListPage';

export function PartnershipsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useEnumSearchParam('kind', PARTNERSHIP_KINDS);
  const [status, setStatus] = useEnumSearchParam('status', PARTNERSHIP_STATUSES);
  const query = usePartnershipPages({ kind, status });
  const partnerships = query.data?.pages.flatMap((page) => page.items) ?? [];

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
