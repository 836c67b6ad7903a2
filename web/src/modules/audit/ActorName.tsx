import { useTranslation } from 'react-i18next';
import type { AuditEvent } from './auditApi';

/** Who made a change: the person (and whether through an API token), or the application itself. */
export function ActorName({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.actor) return <>{event.actorKind === 'system' ? t('audit.system') : t('audit.unknownActor')}</>;
  return (
    <>
      {event.actor.displayName}
      {event.actorKind === 'token' && <span className="kern-body--small"> ({t('audit.viaToken')})</span>}
    </>
  );
}
