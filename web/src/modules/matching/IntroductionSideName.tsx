import { useTranslation } from 'react-i18next';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import type { IntroductionSide } from './matchingApi';

/** Who a side of an introduction is: its town, organisation or expert, else a side the viewer may not see. */
export function IntroductionSideName({ side }: { side: IntroductionSide }) {
  const { t } = useTranslation();
  if (side.place) return <PlaceName place={side.place} />;
  if (side.organization) return <OrganizationName organization={side.organization} />;
  return <>{side.person?.displayName ?? t('introductions.hiddenSide')}</>;
}
