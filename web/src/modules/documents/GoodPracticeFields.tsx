import { useTranslation } from 'react-i18next';
import { InputField } from '../../shell/InputField';
import { SelectField } from '../../shell/SelectField';
import { GOOD_PRACTICE_CRITERIA, type GoodPractice } from './documentApi';
import { Fieldset } from '../../shell/Fieldset';

export const EMPTY_GOOD_PRACTICE: GoodPractice = {
  relevance: { assessment: '', rating: null },
  participation: { assessment: '', rating: null },
  impact: { assessment: '', rating: null },
  transferability: { assessment: '', rating: null },
};

/** Assessment and rating 1–5 for each of the four URBACT criteria. */
export function GoodPracticeFields({ value, onChange }: { value: GoodPractice; onChange: (value: GoodPractice) => void }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('documents.goodPractice')}>
      {GOOD_PRACTICE_CRITERIA.map((criterion) => (
        <div key={criterion} className="form-row">
          <InputField
            label={t(`documents.criteria.${criterion}`)}
            multiline
            value={value[criterion].assessment}
            onChange={(assessment) => onChange({ ...value, [criterion]: { ...value[criterion], assessment } })}
          />
          <SelectField
            label={t('documents.ratingOf', { criterion: t(`documents.criteria.${criterion}`) })}
            value={value[criterion].rating === null ? '' : String(value[criterion].rating)}
            emptyLabel={t('documents.notRated')}
            options={[1, 2, 3, 4, 5].map((rating) => ({ value: String(rating), label: String(rating) }))}
            onChange={(rating) => onChange({ ...value, [criterion]: { ...value[criterion], rating: rating ? Number(rating) : null } })}
          />
        </div>
      ))}
    </Fieldset>
  );
}
