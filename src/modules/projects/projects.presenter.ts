import type { OrganizationCard, PersonCard } from '../actors/contact-cards.schemas.js';
import type { OrganizationRef } from '../actors/organizations.schemas.js';
import type { PlaceRef } from '../places/places.schemas.js';
import type { ProjectContactRow, ProjectPartnerRow, ProjectRow } from './projects.repository.js';
import type { ProjectDetail, ProjectRef, ProjectSummary } from './projects.schemas.js';

export const presentProjectRef = (row: ProjectRow): ProjectRef => ({ id: row.id, title: row.title, status: row.status });

export function presentProjectSummary(row: ProjectRow, organizations: Map<string, OrganizationRef>, places: Map<string, PlaceRef>): ProjectSummary {
  return {
    ...presentProjectRef(row),
    visibility: row.visibility,
    historical: row.historical,
    carrier: (row.carrierOrganizationId && organizations.get(row.carrierOrganizationId)) || null,
    pilotArea: (row.pilotAreaPlaceId && places.get(row.pilotAreaPlaceId)) || null,
    startDate: row.startDate,
    endDate: row.endDate,
  };
}

export function presentProjectDetail(
  row: ProjectRow,
  related: {
    organizations: Map<string, OrganizationRef>;
    places: Map<string, PlaceRef>;
    cards: { organizations: Map<string, OrganizationCard>; people: Map<string, PersonCard> };
    partners: ProjectPartnerRow[];
    contacts: ProjectContactRow[];
    partnership: { id: string; title: Record<string, string> } | null;
    canEdit: boolean;
  },
): ProjectDetail {
  return {
    ...presentProjectSummary(row, related.organizations, related.places),
    workspaceId: row.workspaceId,
    canEdit: related.canEdit,
    summary: row.summary,
    goals: row.goals,
    partnership: related.partnership,
    budget: row.budget,
    currency: row.currency,
    website: row.website,
    partners: related.partners.flatMap((partner) => {
      const organization = related.organizations.get(partner.organizationId);
      return organization ? [{ organization, role: partner.role }] : [];
    }),
    contacts: related.contacts.map((contact) => ({
      id: contact.id,
      role: contact.role,
      organization: (contact.organizationId && related.cards.organizations.get(contact.organizationId)) || null,
      person: (contact.personId && related.cards.people.get(contact.personId)) || null,
    })),
    phases: row.phases,
    outputs: row.outputs,
    transferability: row.transferability.map(({ placeId, ...entry }) => ({ ...entry, place: (placeId && related.places.get(placeId)) || null })),
  };
}
