import { useTranslation } from 'react-i18next';
import { FactList } from '../../shell/FactList';
import { GOOD_PRACTICE_CRITERIA, type DocumentDetail } from './documentApi';

/** The four criteria of the URBACT good practice label with their assessment and rating. */
export function GoodPracticeSection({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const practice = document.goodPractice;
  if (!practice) return <p className="kern-body">{t('documents.goodPracticeEmpty')}</p>;
  return (
    <FactList
      facts={GOOD_PRACTICE_CRITERIA.map((criterion) => {
        const { assessment, rating } = practice[criterion];
        return {
          label: t(`documents.criteria.${criterion}`),
          value: (
            <>
              <span className="kern-body kern-body--bold">{rating === null ? t('documents.notRated') : t('documents.rating', { rating })}</span>
              {assessment && <span className="kern-body preserve-lines"> · {assessment}</span>}
            </>
          ),
        };
      })}
    />
  );
}
