import type { networkMembers, networks } from '../modules/networks/networks.tables.js';
import { demoId } from './demo-id.js';

type NetworkSeed = Omit<typeof networks.$inferInsert, 'workspaceId'>;
type MemberSeed = typeof networkMembers.$inferInsert;

export const SAXON_MEMBER_TOWNS = [
  'leipzig',
  'glauchau',
  'chemnitz',
  'dresden',
  'zwickau',
  'plauen',
  'goerlitz',
  'bautzen',
  'riesa',
  'freiberg',
  'pirna',
] as const;

export const demoNetworks: NetworkSeed[] = [
  {
    id: demoId('network:lag-sachsen'),
    visibility: 'public',
    name: {
      de: 'Netzwerk sächsischer Quartiersmanager',
      en: 'Network of Saxon neighbourhood managers',
      uk: 'Мережа квартальних менеджерів Саксонії',
    },
    shortName: 'LAG Sachsen',
    description: {
      de: 'Quartiersmanagerinnen, Gemeinwesenarbeiter und Förderkoordinatoren aus sächsischen Städten treffen sich jedes Quartal in einer anderen Mitgliedsstadt, um Erfahrungen aus der integrierten Stadtteilentwicklung auszutauschen.',
      en: 'Neighbourhood managers, community workers and funding coordinators from Saxon towns meet every quarter in a different member town to share what they learn in integrated neighbourhood development.',
      uk: 'Квартальні менеджери, працівники громад і координатори програм фінансування із саксонських міст щокварталу зустрічаються в іншому місті-учаснику, щоб обмінюватися досвідом інтегрованого розвитку кварталів.',
    },
    organizationId: demoId('organization:lag-sachsen'),
    regionPlaceId: demoId('place:saxony'),
    kind: 'professional',
    cadence: 'quarterly',
    foundedYear: 2000,
  },
];

export const demoNetworkMembers: MemberSeed[] = SAXON_MEMBER_TOWNS.map((town) => ({
  id: demoId(`network-member:lag-sachsen:${town}`),
  networkId: demoId('network:lag-sachsen'),
  placeId: demoId(`place:${town}`),
  joinedOn: null,
}));
