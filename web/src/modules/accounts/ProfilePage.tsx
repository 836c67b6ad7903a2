import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { NoWorkspaceYet } from '../workspaces/NoWorkspaceYet';
import { CalendarFeedSection } from './CalendarFeedSection';
import { EmailSection } from './EmailSection';
import { PasswordChangeForm } from './PasswordChangeForm';
import { ProfileDetailsForm } from './ProfileDetailsForm';
import { SignOutEverywhere } from './SignOutEverywhere';
import { useSession } from './useSession';

export function ProfilePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  return (
    <>
      <PageHeading title={t('profile.title')}>{t('profile.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">
        {t('profile.intro')}{' '}
        <Link className="kern-link" to="/profile/tokens">
          {t('profile.tokensLink')}
        </Link>
      </p>
      <NoWorkspaceYet />
      <Section title={t('profile.detailsTitle')}>
        <ProfileDetailsForm user={user} />
      </Section>
      <Section title={t('profile.emailTitle')}>
        <EmailSection user={user} />
      </Section>
      <Section title={t('profile.passwordTitle')}>
        <PasswordChangeForm user={user} />
      </Section>
      <Section title={t('calendarFeed.title')}>
        <CalendarFeedSection />
      </Section>
      <Section title={t('profile.signOutEverywhereTitle')}>
        <SignOutEverywhere />
      </Section>
    </>
  );
}
