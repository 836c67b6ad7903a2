import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../lib/api/apiUrl';
import { useLanguage } from '../../lib/useLanguage';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { openDataSets, type OpenDataSet } from './openDataSets';

/** What this installation publishes in open formats, each with its download in the reader's language. */
export function OpenDataPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('openData.title')}>{t('openData.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('openData.intro')}</p>
      {openDataSets.map((group) => (
        <Section key={group.key} title={t(`openData.groups.${group.key}.title`)}>
          <p className="kern-body">{t(`openData.groups.${group.key}.about`)}</p>
          <ul className="open-data-list">
            {group.sets.map((set) => (
              <DataSetItem key={set.key} set={set} />
            ))}
          </ul>
        </Section>
      ))}
      <p className="kern-body">
        <a className="kern-link" href="/api/docs">
          {t('openData.apiDocs')}
        </a>
      </p>
    </>
  );
}

function DataSetItem({ set }: { set: OpenDataSet }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li className="open-data-list__item">
      <a className="kern-link" href={apiUrl(set.path, set.takesLanguage ? { lang: language } : {})} download>
        {t(`openData.sets.${set.key}.title`)}
      </a>{' '}
      <span className="kern-body kern-body--small">({set.format})</span>
      <p className="kern-body kern-body--small">{t(`openData.sets.${set.key}.about`)}</p>
    </li>
  );
}
