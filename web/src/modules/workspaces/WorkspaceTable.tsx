import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentWorkspace } from './useCurrentWorkspace';
import type { MyWorkspace } from './workspaceApi';
import { TableScroll } from '../../shell/TableScroll';

/** The user's workspaces with their role; the current one is marked. */
export function WorkspaceTable({ workspaces }: { workspaces: MyWorkspace[] }) {
  const { t } = useTranslation();
  const { current } = useCurrentWorkspace();
  if (workspaces.length === 0) return <p className="kern-body">{t('workspaces.empty')}</p>;
  return (
    <TableScroll>
      <table className="kern-table">
        <caption className="kern-sr-only">{t('workspaces.caption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('workspaces.name')}</th>
            <th scope="col" className="kern-table__header">{t('workspaces.yourRole')}</th>
            <th scope="col" className="kern-table__header">{t('workspaces.description')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {workspaces.map((workspace) => (
            <tr key={workspace.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <Link className="kern-link" to={`/workspaces/${workspace.id}`}>
                  {workspace.name}
                </Link>
                {current?.id === workspace.id && (
                  <>
                    {' '}
                    <span className="kern-badge kern-badge--info">
                      <span className="kern-label">{t('workspaces.current')}</span>
                    </span>
                  </>
                )}
              </th>
              <td className="kern-table__cell">{t(`enums.workspaceRole.${workspace.role}`)}</td>
              <td className="kern-table__cell preserve-lines">{workspace.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
