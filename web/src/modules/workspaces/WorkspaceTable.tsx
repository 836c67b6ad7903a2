import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../shell/Badge';
import { RecordTable } from '../../shell/RecordTable';
import { useCurrentWorkspace } from './useCurrentWorkspace';
import type { MyWorkspace } from './workspaceApi';

/** The user's workspaces with their role; the current one is marked. */
export function WorkspaceTable({ workspaces }: { workspaces: MyWorkspace[] }) {
  const { t } = useTranslation();
  const { current } = useCurrentWorkspace();
  return (
    <RecordTable
      caption={t('workspaces.caption')}
      empty={t('workspaces.empty')}
      rows={workspaces}
      columns={[
        {
          header: t('workspaces.name'),
          cell: (workspace) => (
            <>
              <Link className="kern-link" to={`/workspaces/${workspace.id}`}>
                {workspace.name}
              </Link>
              {current?.id === workspace.id && (
                <>
                  {' '}
                  <Badge>{t('workspaces.current')}</Badge>
                </>
              )}
            </>
          ),
        },
        { header: t('workspaces.yourRole'), cell: (workspace) => t(`enums.workspaceRole.${workspace.role}`) },
        { header: t('workspaces.description'), cell: (workspace) => workspace.description, cellClass: () => 'preserve-lines' },
      ]}
    />
  );
}
