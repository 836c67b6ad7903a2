import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/useLanguage';
import { PartnershipLink } from '../partnerships/PartnershipLink';
import { describeValue } from './describeValue';

interface Props {
  field: string;
  value: unknown;
  entityType: string;
  precision?: unknown;
}

/** One recorded value: a parent partnership as a link by its title, anything else as text. */
export function ChangedValue({ field, value, entityType, precision }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (entityType === 'partnership' && field === 'parentId' && typeof value === 'string' && value) return <PartnershipLink id={value} />;
  return <>{describeValue(field, value, entityType, t, language, precision)}</>;
}
