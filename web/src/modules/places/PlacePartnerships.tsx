import { useTranslation } from 'react-i18next';
import { PartnershipLinkList } from '../partnerships/PartnershipLinkList';
import { usePartnershipPages } from '../partnerships/usePartnershipPages';

/** The partnerships a place is a party to. */
export function PlacePartnerships({ placeId }: { placeId: string }) {
  const { t } = useTranslation();
  const query = usePartnershipPages({ placeId });
  const partnerships = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (query.isPending) return null;
  if (partnerships.length === 0) return <p className="kern-body">{t('places.noPartnerships')}</p>;
  return <PartnershipLinkList partnerships={partnerships} />;
}
