import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EditRow } from '../../shell/EditLink';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { FactList } from '../../shell/FactList';
import { RecordHistorySection } from '../audit/RecordHistorySection';
import { LocalizedText } from '../../shell/LocalizedText';
import { MergeSection } from '../../shell/MergeSection';
import { Section } from '../../shell/Section';
import { ThemeSelect } from './ThemeSelect';
import { useTheme } from './useTheme';
import { RecordHeading } from '../../shell/RecordHeading';

export function ThemeDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useTheme(id);
  return (
    <RecordDetailFrame back={{ to: '/themes', label: t('themes.backToList') }} query={query} fallbackTitle={t('themes.detailFallbackTitle')}>
      {(theme) => (
        <>
          <RecordHeading value={theme.name} fallback={theme.slug} />
          <EditRow to={`/themes/${theme.id}/edit`} canEdit={theme.canEdit} />
          <Section title={t('themes.facts')}>
            <FactList
              facts={[
                ...(['de', 'en', 'uk'] as const).map((tag) => ({ label: t(`places.nameIn.${tag}`), value: theme.name[tag] && <span lang={tag}>{theme.name[tag]}</span> })),
                { label: t('themes.slug'), value: <code>{theme.slug}</code> },
                {
                  label: t('themes.parent'),
                  value: theme.parent && (
                    <Link className="kern-link" to={`/themes/${theme.parent.id}`}>
                      <LocalizedText value={theme.parent.name} fallback={theme.parent.slug} />
                    </Link>
                  ),
                },
                {
                  label: t('themes.organizations'),
                  value: (
                    <Link className="kern-link" to={`/organizations?themeId=${theme.id}`}>
                      {t('themes.organizationCount', { count: theme.organizationCount })}
                    </Link>
                  ),
                },
                {
                  label: t('themes.people'),
                  value: (
                    <Link className="kern-link" to={`/people?themeId=${theme.id}`}>
                      {t('themes.personCount', { count: theme.personCount })}
                    </Link>
                  ),
                },
              ]}
            />
          </Section>
          {theme.children.length > 0 && (
            <Section title={t('themes.children')}>
              <ul className="kern-list">
                {theme.children.map((child) => (
                  <li key={child.id}>
                    <Link className="kern-link" to={`/themes/${child.id}`}>
                      <LocalizedText value={child.name} fallback={child.slug} />
                    </Link>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {theme.canEdit && (
            <MergeSection
              collection="/themes"
              recordId={theme.id}
              picker={(onSelect) => (
                <ThemeSelect label={t('merge.into')} value="" emptyLabel={t('forms.choose')} onChange={(chosen) => onSelect(chosen && chosen !== theme.id ? chosen : null)} />
              )}
            />
          )}
          <RecordHistorySection path={`/themes/${encodeURIComponent(theme.id)}/history`} workspaceId={theme.workspaceId} undoCollection="/themes" />
        </>
      )}
    </RecordDetailFrame>
  );
}
