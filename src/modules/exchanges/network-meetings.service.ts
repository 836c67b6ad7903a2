import { requireCreateIn } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import { validationFailed, type FieldIssue } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { networkForPlanning } from '../networks/networks.service.js';
import type { NetworkMember } from '../networks/networks.schemas.js';
import type { NetworkCadence } from '../networks/networks.types.js';
import { placeRefsByIds } from '../places/places.service.js';
import { isTimeZone } from './calendar/zoned-time.js';
import { presentExchangeSummary } from './exchanges.presenter.js';
import { findNetworkMeetingDates, hostingRecordRows, insertExchangeRow, type ExchangeRow } from './exchanges.repository.js';
import type { ExchangeSummary, MeetingPlan, Rotation } from './exchanges.schemas.js';
import { exchangeConflict } from './exchanges.errors.js';
import { auditTrail } from '../audit/audit.service.js';

const exchangeAudit = auditTrail<ExchangeRow>('exchange', (row) => row.title.de ?? null);

const MONTHS: Record<NetworkCadence, number | null> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12, irregular: null };

/** The same day of the month, `months` later (the last day when the month is shorter). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

const isMemberOn = (member: NetworkMember, date: string) => (member.joinedOn === null || member.joinedOn <= date) && (member.leftOn === null || member.leftOn >= date);
const isUnavailableOn = (member: NetworkMember, date: string) => member.unavailability.some((entry) => entry.from <= date && date <= entry.to);
const nameOf = (member: NetworkMember) => member.place?.name ?? member.organization?.name ?? member.id;

interface Standing {
  member: NetworkMember;
  lastHostedOn: string | null;
  hostedCount: number;
  nextHostingOn: string | null;
}

interface HostingRecord {
  lastHostedOn: string | null;
  hosted: number;
  nextHostingOn: string | null;
}

/**
 * Members in the order they are due: those not yet down to host a later meeting first; of them,
 * who never hosted, then who hosted longest ago, then who hosted least.
 */
function byTurn(a: Standing, b: Standing): number {
  if ((a.nextHostingOn === null) !== (b.nextHostingOn === null)) return a.nextHostingOn === null ? -1 : 1;
  if (a.nextHostingOn !== null && b.nextHostingOn !== null && a.nextHostingOn !== b.nextHostingOn) return a.nextHostingOn > b.nextHostingOn ? -1 : 1;
  if (a.lastHostedOn !== b.lastHostedOn) {
    if (a.lastHostedOn === null) return -1;
    if (b.lastHostedOn === null) return 1;
    return a.lastHostedOn < b.lastHostedOn ? -1 : 1;
  }
  if (a.hostedCount !== b.hostedCount) return a.hostedCount - b.hostedCount;
  return nameOf(a.member).localeCompare(nameOf(b.member), 'de');
}

function rotationAt(members: NetworkMember[], record: Map<string, HostingRecord>, date: string) {
  const standings = members
    .filter((member) => isMemberOn(member, date))
    .map((member) => ({
      member,
      lastHostedOn: record.get(member.id)?.lastHostedOn ?? null,
      hostedCount: record.get(member.id)?.hosted ?? 0,
      nextHostingOn: record.get(member.id)?.nextHostingOn ?? null,
    }))
    .sort(byTurn);
  const proposal = standings.find((standing) => !isUnavailableOn(standing.member, date))?.member ?? null;
  return { standings, proposal };
}

const today = () => new Date().toISOString().slice(0, 10);

/** Who is due to host a network meeting on a date, and why (the hosting record of every member). */
export async function hostRotation(ctx: ServiceContext, networkId: string, date = today()): Promise<Rotation> {
  return ctx.transaction(async (tx, ctx) => {
    const { members } = await networkForPlanning(ctx, networkId, 'read');
    const rows = await hostingRecordRows(tx, ctx.viewer, networkId, date);
    const { standings, proposal } = rotationAt(members, new Map(rows.map((row) => [row.memberId, row])), date);
    return {
      date,
      proposal: proposal?.id ?? null,
      members: standings.map((standing) => ({
        member: { id: standing.member.id, place: standing.member.place, organization: standing.member.organization },
        lastHostedOn: standing.lastHostedOn,
        hostedCount: standing.hostedCount,
        nextHostingOn: standing.nextHostingOn,
        unavailable: isUnavailableOn(standing.member, date),
      })),
    };
  });
}

const TITLES: Record<'de' | 'en' | 'uk', { regular: (place: string) => string; withoutHost: string }> = {
  de: { regular: (place) => `Netzwerktreffen in ${place}`, withoutHost: 'Netzwerktreffen' },
  en: { regular: (place) => `Network meeting in ${place}`, withoutHost: 'Network meeting' },
  uk: { regular: (place) => `Зустріч мережі: ${place}`, withoutHost: 'Зустріч мережі' },
};

/**
 * Plans the network's meetings for a year (or until a date) at its cadence, as planned exchanges
 * of kind network_meeting, each with the host the rotation proposes for its date — counting the
 * hosts given to the earlier meetings of the same plan. Dates with a meeting already are skipped.
 */
export async function planNetworkMeetings(ctx: ServiceContext, networkId: string, plan: MeetingPlan): Promise<{ items: ExchangeSummary[]; skipped: string[] }> {
  return ctx.transaction(async (tx, ctx) => {
    const { network, members } = await networkForPlanning(ctx, networkId, 'edit');
    requireCreateIn(ctx.viewer, network.workspaceId);
    const interval = MONTHS[network.cadence];
    if (interval === null) throw exchangeConflict('network_irregular', 'The network meets irregularly; plan its meetings one by one', {}, [{ field: 'path.id', code: 'invalid_state', message: 'has no regular cadence' }]);
    const until = plan.until ?? dayBefore(addMonths(plan.from, 12));
    const issues: FieldIssue[] = [];
    if (until < plan.from) issues.push({ field: 'body.until', code: 'end_before_start', message: 'must not be before the first meeting' });
    else if (until > addMonths(plan.from, 60)) issues.push({ field: 'body.until', code: 'date_outside_range', message: 'may lie at most five years after the first meeting' });
    if (!isTimeZone(plan.timeZone)) issues.push({ field: 'body.timeZone', code: 'invalid_time_zone', message: 'is not an IANA time zone such as Europe/Berlin' });
    if (issues.length > 0) throw validationFailed(issues);

    const dates: string[] = [];
    for (let step = 0, date = plan.from; date <= until; step += 1, date = addMonths(plan.from, step * interval)) dates.push(date);
    const taken = await findNetworkMeetingDates(tx, networkId, dates);
    const organizations = await organizationRefsByIds(ctx, members.map((member) => member.organization?.id));
    const seats = await placeRefsByIds(ctx, [...organizations.values()].map((organization) => organization.seatPlaceId));
    const planned = new Map<string, { lastHostedOn: string; count: number }>();
    const items: ExchangeSummary[] = [];
    for (const date of dates.filter((candidate) => !taken.has(candidate))) {
      const rows = await hostingRecordRows(tx, ctx.viewer, networkId, date);
      const record = new Map<string, HostingRecord>(rows.map((row) => [row.memberId, { ...row }]));
      for (const [memberId, extra] of planned) {
        const current = record.get(memberId);
        record.set(memberId, {
          lastHostedOn: current?.lastHostedOn && current.lastHostedOn > extra.lastHostedOn ? current.lastHostedOn : extra.lastHostedOn,
          hosted: (current?.hosted ?? 0) + extra.count,
          nextHostingOn: current?.nextHostingOn ?? null,
        });
      }
      const host = rotationAt(members, record, date).proposal;
      if (host) planned.set(host.id, { lastHostedOn: date, count: (planned.get(host.id)?.count ?? 0) + 1 });
      const venue = host?.place ?? (host?.organization?.seatPlaceId ? seats.get(host.organization.seatPlaceId) : undefined) ?? null;
      const title = Object.fromEntries(
        (['de', 'en', 'uk'] as const).map((language) => [
          language,
          venue ? TITLES[language].regular(venue.names[language] ?? venue.name) : host?.organization ? TITLES[language].regular(host.organization.name) : TITLES[language].withoutHost,
        ]),
      );
      const row = await insertExchangeRow(tx, {
        workspaceId: network.workspaceId,
        visibility: plan.visibility ?? network.visibility,
        kind: 'network_meeting',
        title,
        startDate: date,
        endDate: date,
        timeZone: plan.timeZone,
        status: 'planned',
        venuePlaceId: venue?.id ?? null,
        networkId,
        hostNetworkMemberId: host?.id ?? null,
        createdBy: userIdOf(ctx.viewer),
      });
      await exchangeAudit.created(tx, ctx, row, { kind: row.kind, title: row.title, startDate: row.startDate, networkId, hostNetworkMemberId: row.hostNetworkMemberId, status: row.status });
      items.push(presentExchangeSummary(row, { places: new Map(venue ? [[venue.id, venue]] : []), organizations: new Map(), series: new Map() }));
    }
    return { items, skipped: dates.filter((date) => taken.has(date)) };
  });
}
