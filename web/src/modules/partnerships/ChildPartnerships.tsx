import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { LocalizedText } from '../../shell/LocalizedText';
import { RecordTable } from '../../shell/RecordTable';
import type { PartnershipDetail } from './partnershipApi';

/** The district and project partnerships inside this one, each with its newest activity. */
export function ChildPartnerships({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <RecordTable
      caption={t('partnerships.childrenCaption')}
      small
      rows={partnership.children}
      columns={[
        { header: t('partnerships.columnChild'), cell: (child) => <LocalizedText value={child.title} />, link: (child) => `/partnerships/${child.id}` },
        { header: t('partnerships.columnKind'), cell: (child) => t(`enums.partnershipKind.${child.kind}`) },
        {
          header: t('partnerships.columnLatestActivity'),
          cell: ({ latestActivity }) =>
            latestActivity ? (
              <>
                <time dateTime={latestActivity.date}>{formatDate(latestActivity.date, language, 'medium')}</time>
                {': '}
                <Link className="kern-link" to={latestActivity.path}>
                  <LocalizedText value={latestActivity.title} />
                </Link>
              </>
            ) : (
              t('partnerships.noActivityYet')
            ),
        },
      ]}
    />
  );
}
