import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FilterBar } from '../../shell/FilterBar';
import { OrganizationName } from '../../shell/OrganizationName';
import { SelectField } from '../../shell/SelectField';
import { TextFilter } from '../../shell/TextFilter';
import { ThemeSelect } from '../themes/ThemeSelect';
import { personApi, personKeys } from './personApi';
import { ListPage } from '../../shell/ListPage';
import { useSetSearchParam } from '../../lib/useSetSearchParam';
import { RecordTable } from '../../shell/RecordTable';
import { pagedItems } from '../../lib/pagedItems';

const LANGUAGES = ['de', 'en', 'uk', 'sq', 'sr', 'ru', 'pl', 'fr'] as const;

export function PeoplePage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const language = params.get('language') ?? undefined;
  const themeId = params.get('themeId') ?? undefined;
  const q = params.get('q') ?? undefined;
  const [text, setText] = useState(q ?? '');
  const setParam = useSetSearchParam();
  const filters = { language, themeId, q };
  const query = useInfiniteQuery({
    ...pagedQuery(personKeys.list(filters), (cursor, signal) => personApi.list({ ...filters, limit: 25, cursor }, signal)),
    placeholderData: keepPreviousData,
  });
  const people = pagedItems(query.data);
  const languageNames = new Intl.DisplayNames([i18n.resolvedLanguage ?? 'de'], { type: 'language' });

  return (
    <ListPage
      title={t('people.title')}
      intro={t('people.intro')}
      create={{ to: '/people/new', label: t('people.create'), quiet: true }}
      importTo="/import?kind=people"
      filters={
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
      }
      query={query}
      shown={people.length}
      empty={t('people.empty')}
    >
      <RecordTable caption={t('people.caption')} rows={people}
        columns={[
          { header: t('people.columnName'), link: (person) => `/people/${person.id}`, cell: (person) => (person.erased ? t('people.anonymised') : person.displayName) },
          {
            header: t('people.columnOrganization'),
            cell: (person) =>
              person.current.map((affiliation) => (
                <span key={affiliation.id} className="people__affiliation">
                  {affiliation.organization && <OrganizationName organization={affiliation.organization} />}
                  {affiliation.role && ` (${affiliation.role})`}
                </span>
              )),
          },
          { header: t('people.columnLanguages'), cell: (person) => person.languages.map((code) => languageNames.of(code) ?? code).join(', ') },
        ]}
      />
    </ListPage>
  );
}
