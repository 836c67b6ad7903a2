import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../shell/LocalizedText';
import { PlaceName } from '../../shell/PlaceName';
import { areaApi, areaKeys } from './areaApi';
import { ListPage } from '../../shell/ListPage';
import { RecordTable } from '../../shell/RecordTable';
import { pagedItems } from '../../lib/pagedItems';

export function AreaMonitorsPage() {
  const { t } = useTranslation();
  const query = useInfiniteQuery({
    ...pagedQuery(areaKeys.list, (cursor, signal) => areaApi.list({ limit: 25, cursor }, signal)),
    placeholderData: keepPreviousData,
  });
  const monitors = pagedItems(query.data);
  return (
    <ListPage
      title={t('areas.title')}
      intro={t('areas.intro')}
      create={{ to: '/areas/new', label: t('areas.create') }}
      query={query}
      shown={monitors.length}
      empty={t('areas.empty')}
    >
      <RecordTable caption={t('areas.title')} rows={monitors}
        columns={[
          { header: t('areas.monitorTitle'), link: (monitor) => `/areas/${monitor.id}`, cell: (monitor) => <LocalizedText value={monitor.title} /> },
          { header: t('areas.city'), cell: (monitor) => monitor.city && <PlaceName place={monitor.city} /> },
          {
            header: t('areas.project'),
            cell: (monitor) =>
              monitor.project && (
                <Link className="kern-link" to={`/projects/${monitor.project.id}`}>
                  <LocalizedText value={monitor.project.title} />
                </Link>
              ),
          },
        ]}
      />
    </ListPage>
  );
}
