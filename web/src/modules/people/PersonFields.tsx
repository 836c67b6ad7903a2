import { useTranslation } from 'react-i18next';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { InputField } from '../../shell/InputField';
import { type ConsentBasis } from './personApi';
import { consentBasisValues } from '../../lib/api/enums';

interface NameProps {
  givenName: string;
  familyName: string;
  onGivenName: (value: string) => void;
  onFamilyName: (value: string) => void;
  error: (field: 'givenName' | 'familyName') => string | undefined;
}

/** A person's given and family name, both needed; they stand in a form row with whatever follows them. */
export function PersonNameFields({ givenName, familyName, onGivenName, onFamilyName, error }: NameProps) {
  const { t } = useTranslation();
  return (
    <>
      <InputField label={t('people.givenName')} value={givenName} onChange={onGivenName} required error={error('givenName')} />
      <InputField label={t('people.familyName')} value={familyName} onChange={onFamilyName} required error={error('familyName')} />
    </>
  );
}

/** The lawful basis for holding a person's data, after the sentence that explains it. */
export function ConsentBasisField(field: { value: ConsentBasis | ''; onChange: (value: ConsentBasis | '') => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="kern-body kern-body--small">{t('people.consentExplanation')}</p>
      <EnumSelectField {...field} label={t('people.consentBasis')} values={consentBasisValues} labels="enums.consentBasis" />
    </>
  );
}
