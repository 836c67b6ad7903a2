import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../shell/ErrorState';
import { ListHeader } from '../../shell/ListHeader';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedText } from '../../shell/LocalizedText';
import type { ThemeSummary } from './themeApi';
import { useThemeTree } from './useThemeTree';

function ThemeBranch({ themes, parentId }: { themes: ThemeSummary[]; parentId: string | null }) {
  const branch = themes.filter((theme) => theme.parentId === parentId).sort((a, b) => a.position - b.position);
  if (branch.length === 0) return null;
  return (
    <ul className="theme-tree">
      {branch.map((theme) => (
        <li key={theme.id}>
          <Link className="kern-link" to={`/themes/${theme.id}`}>
            <LocalizedText value={theme.name} fallback={theme.slug} />
          </Link>
          <ThemeBranch themes={themes} parentId={theme.id} />
        </li>
      ))}
    </ul>
  );
}

/** The theme taxonomy as a tree. */
export function ThemesPage() {
  const { t } = useTranslation();
  const tree = useThemeTree();
  const themes = tree.data ?? [];
  const ids = new Set(themes.map((theme) => theme.id));
  const rooted = themes.map((theme) => (theme.parentId && !ids.has(theme.parentId) ? { ...theme, parentId: null } : theme));
  return (
    <>
      <ListHeader title={t('themes.title')} intro={t('themes.intro')} create={{ to: '/themes/new', label: t('themes.create'), quiet: true }} />
      {tree.isPending && <LoadingState />}
      {tree.isError && <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />}
      {tree.data && (
        <nav aria-label={t('themes.treeLabel')}>
          <ThemeBranch themes={rooted} parentId={null} />
        </nav>
      )}
    </>
  );
}
