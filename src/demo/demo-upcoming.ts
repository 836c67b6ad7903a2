import type { exchangeOrganizations, exchanges } from '../modules/exchanges/exchanges.tables.js';
import { demoId } from './demo-id.js';

type ExchangeSeed = Omit<typeof exchanges.$inferInsert, 'workspaceId'>;

const DAY = 86_400_000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);
/** The first given weekday (0 Sunday … 6 Saturday) on or after `days` days from `today`. */
function weekdayAfter(today: Date, days: number, weekday: number): string {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + days * DAY;
  const shift = (weekday - new Date(start).getUTCDay() + 7) % 7;
  return isoDate(start + shift * DAY);
}

/**
 * Exchanges still ahead, dated from the day the demo is written, so the start page, the calendars
 * and the network's rotation show what comes next on any day: the Saxon network's next two
 * quarterly meetings (in the two member towns that have not hosted yet) and an online follow-up
 * of the Munich planning workshop. The seed stories' own exchanges keep their historical dates.
 */
export function demoUpcomingExchanges(today = new Date()): ExchangeSeed[] {
  const nextMeeting = weekdayAfter(today, 24, 4);
  const meetingAfter = weekdayAfter(today, 24 + 91, 4);
  const followUp = weekdayAfter(today, 45, 2);
  const meeting = (key: string, date: string, host: string, names: { de: string; en: string; uk: string }): ExchangeSeed => ({
    id: demoId(`exchange:${key}`),
    visibility: 'public',
    kind: 'network_meeting',
    title: { de: `Quartalstreffen des Netzwerks in ${names.de}`, en: `Quarterly network meeting in ${names.en}`, uk: `Щоквартальна зустріч мережі: ${names.uk}` },
    description: {},
    startDate: date,
    endDate: date,
    timeZone: 'Europe/Berlin',
    status: 'planned',
    venuePlaceId: demoId(`place:${host}`),
    networkId: demoId('network:lag-sachsen'),
    hostNetworkMemberId: demoId(`network-member:lag-sachsen:${host}`),
  });
  return [
    meeting('lag-sachsen-next', nextMeeting, 'freiberg', { de: 'Freiberg', en: 'Freiberg', uk: 'Фрайберг' }),
    meeting('lag-sachsen-after-next', meetingAfter, 'pirna', { de: 'Pirna', en: 'Pirna', uk: 'Пірна' }),
    {
      id: demoId('exchange:connective-cities-follow-up'),
      visibility: 'public',
      kind: 'online_session',
      title: {
        de: 'Online-Folgetreffen zur Projektplanung: Wärmeversorgung und Wasser',
        en: 'Online follow-up on project planning: heating and water supply',
        uk: 'Онлайн-зустріч за підсумками планування проєктів: теплопостачання і водопостачання',
      },
      description: {
        de: 'Die Teams aus der Münchner Werkstatt berichten, wie weit ihre Projektideen gekommen sind, und klären offene Fragen mit den Fachleuten der Versorgungsunternehmen.',
        en: 'The teams of the Munich workshop report how far their project ideas have come and settle open questions with the experts of the utilities.',
        uk: 'Команди мюнхенського практикуму розповідають, наскільки просунулися їхні проєктні ідеї, і з’ясовують відкриті питання з фахівцями комунальних підприємств.',
      },
      startDate: followUp,
      endDate: followUp,
      timeZone: 'Europe/Berlin',
      status: 'confirmed',
    },
  ];
}

export const demoUpcomingExchangeOrganizations: (typeof exchangeOrganizations.$inferInsert)[] = [
  ['lag-sachsen-next', 'lag-sachsen', 'organizer'],
  ['lag-sachsen-after-next', 'lag-sachsen', 'organizer'],
  ['connective-cities-follow-up', 'connective-cities', 'organizer'],
  ['connective-cities-follow-up', 'giz', 'implementer'],
].map(([exchange, organization, role]) => ({
  id: demoId(`exchange-role:${exchange}:${organization}:${role}`),
  exchangeId: demoId(`exchange:${exchange}`),
  organizationId: demoId(`organization:${organization}`),
  role: role as 'organizer' | 'implementer',
}));
