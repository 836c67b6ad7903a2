import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ItemList } from '../../shell/ItemList';
import { fundingApi, fundingKeys } from './fundingApi';
import { GrantLine } from './GrantLine';

/** The grants recorded for one measure of an action plan, as far as the reader may see them. */
export function MeasureGrants({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const grants = useQuery({ queryKey: fundingKeys.grantsOfMeasure(measureId), queryFn: ({ signal }) => fundingApi.grants({ measureId, limit: 100 }, signal) });
  if (!grants.data) return null;
  return (
    <>
      <h3 className="kern-heading-small">{t('funding.grants')}</h3>
      <ItemList items={grants.data.items} keyOf={(grant) => grant.id} empty={t('funding.noGrants')}>
        {(grant) => <GrantLine grant={grant} />}
      </ItemList>
    </>
  );
}
