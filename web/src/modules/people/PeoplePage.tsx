import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../shell/ErrorState';
import { FilterBar } from '../../shell/FilterBar';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { OrganizationName } from '../../shell/OrganizationName';
import { PageHeading } from '../../shell/PageHeading';
import { SelectField } from '../../shell/SelectField';
import { TextFilter } from '../../shell/TextFilter';
import { ThemeSelect } from '../themes/ThemeSelect';
import { personApi, personKeys } from './personApi';
import { TableScroll } from '../../shell/TableScroll';
import { MayCreate } from '../accounts/MayCreate';

const LANGUAGES = ['de', 'en', 'uk', 'sq', 'sr', 'ru', 'pl', 'fr'] as const;

export function PeoplePage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const language = params.get('language') ?? undefined;
  const themeId = params.get('themeId') ?? undefined;
  const q = params.get('q') ?? undefined;
  const [text, setText] = useState(q ?? '');
  const setParam = (name: string, value: string | undefined) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const filters = { language, themeId, q };
  const query = useInfiniteQuery({
    queryKey: personKeys.list(filters),
    queryFn: ({ pageParam, signal }) => personApi.list({ ...filters, limit: 25, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const people = query.data?.pages.flatMap((page) => page.items) ?? [];
  const languageNames = new Intl.DisplayNames([i18n.resolvedLanguage ?? 'de'], { type: 'language' });

  return (
    <>
      <PageHeading title={t('people.title')}>{t('people.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('people.intro')}</p>
      <p className="button-row">
        <MayCreate>
          <Link className="kern-btn kern-btn--secondary" to="/people/new">
            <span className="kern-label">{t('people.create')}</span>
          </Link>
        </MayCreate>
        <MayCreate>
          <Link className="kern-btn kern-btn--tertiary" to="/import?kind=people">
            <span className="kern-label">{t('imports.title')}</span>
          </Link>
        </MayCreate>
      </p>
      <FilterBar>
        <SelectField
          label={t('people.languageFilter')}
          value={language ?? ''}
          emptyLabel={t('people.allLanguages')}
          options={LANGUAGES.map((code) => ({ value: code, label: languageNames.of(code) ?? code }))}
          onChange={(value) => setParam('language', value || undefined)}
        />
        <ThemeSelect label={t('people.themeFilter')} value={themeId ?? ''} emptyLabel={t('organizations.allThemes')} onChange={(id) => setParam('themeId', id)} />
        <TextFilter label={t('people.nameFilter')} value={text} onChange={setText} onApply={(value) => setParam('q', value.trim() || undefined)} />
      </FilterBar>
      {query.isPending && <LoadingState />}
      {query.data &&
        (people.length === 0 ? (
          <p className="kern-body">{t('people.empty')}</p>
        ) : (
          <TableScroll>
            <table className="kern-table">
              <caption className="kern-sr-only">{t('people.caption')}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('people.columnName')}</th>
                  <th scope="col" className="kern-table__header">{t('people.columnOrganization')}</th>
                  <th scope="col" className="kern-table__header">{t('people.columnLanguages')}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {people.map((person) => (
                  <tr key={person.id} className="kern-table__row">
                    <th scope="row" className="kern-table__header">
                      <Link className="kern-link" to={`/people/${person.id}`}>
                        {person.erased ? t('people.anonymised') : person.displayName}
                      </Link>
                    </th>
                    <td className="kern-table__cell">
                      {person.current.map((affiliation) => (
                        <span key={affiliation.id} className="people__affiliation">
                          {affiliation.organization && <OrganizationName organization={affiliation.organization} />}
                          {affiliation.role && ` (${affiliation.role})`}
                        </span>
                      ))}
                    </td>
                    <td className="kern-table__cell">{person.languages.map((code) => languageNames.of(code) ?? code).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ))}
      {query.data && <LoadMore shown={people.length} hasMore={query.hasNextPage} isLoading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}
