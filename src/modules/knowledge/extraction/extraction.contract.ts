import { z } from 'zod';
import { ORGANIZATION_KINDS } from '../../actors/actors.types.js';
import type { Extraction } from './extraction.types.js';
import { MUNICIPALITY_ROLES, REPORT_KINDS } from './extraction.types.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be ISO 3166-1 alpha-2');

/**
 * The stable JSON the command line prints (`stadtdialog extract`): keys in this order, dates as
 * YYYY-MM-DD, countries as ISO 3166-1 alpha-2. `evidence` names each proposal by its place in
 * this object ("municipalities[2]") with the sentence it came from.
 */
export const extractionContractSchema = z
  .object({
    language: z.enum(['de', 'en', 'uk']),
    kind: z.enum(REPORT_KINDS),
    title: z.string().nullable(),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    venue: z.object({ name: z.string(), country: countryCode }).strict().nullable(),
    /** `role`: what the town is to the event (venue, host, participant, partner, mentioned); its evidence sentence decided it. */
    municipalities: z.array(z.object({ name: z.string(), canonical: z.string(), country: countryCode, role: z.enum(MUNICIPALITY_ROLES) }).strict()),
    organizations: z.array(z.object({ name: z.string(), kind: z.enum(ORGANIZATION_KINDS) }).strict()),
    themes: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
    fundingProgrammes: z.array(z.object({ name: z.string() }).strict()),
    partnerships: z.array(z.object({ a: z.string(), b: z.string(), since: z.number().int().nullable() }).strict()),
    participantCount: z.number().int().positive().nullable(),
    evidence: z.array(z.object({ field: z.string(), sentence: z.string() }).strict()),
  })
  .strict();
export type ExtractionContract = z.infer<typeof extractionContractSchema>;

/** The contract object of an extraction, keys in the contract's order. */
export function toContract(extraction: Extraction): ExtractionContract {
  const evidence: { field: string; sentence: string }[] = [];
  const cite = (field: string, sentence: string | undefined) => {
    if (sentence) evidence.push({ field, sentence });
  };
  cite('kind', extraction.kind.evidence?.sentence);
  cite('title', extraction.title?.evidence.sentence);
  cite('startDate', extraction.dates?.evidence.sentence);
  cite('endDate', extraction.dates?.evidence.sentence);
  cite('venue', extraction.venue?.evidence.sentence);
  extraction.municipalities.forEach((municipality, index) => cite(`municipalities[${index}]`, municipality.roleEvidence.sentence));
  extraction.organizations.forEach((organization, index) => cite(`organizations[${index}]`, organization.evidence.sentence));
  extraction.themes.forEach((theme, index) => cite(`themes[${index}]`, theme.evidence.sentence));
  extraction.fundingProgrammes.forEach((programme, index) => cite(`fundingProgrammes[${index}]`, programme.evidence.sentence));
  extraction.partnerships.forEach((partnership, index) => cite(`partnerships[${index}]`, partnership.evidence.sentence));
  cite('participantCount', extraction.participantCount?.evidence.sentence);
  return {
    language: extraction.language.language,
    kind: extraction.kind.kind,
    title: extraction.title?.title ?? null,
    startDate: extraction.dates?.startDate ?? null,
    endDate: extraction.dates?.endDate ?? null,
    venue: extraction.venue ? { name: extraction.venue.name, country: extraction.venue.country } : null,
    municipalities: extraction.municipalities.map(({ name, canonical, country, role }) => ({ name, canonical, country, role })),
    organizations: extraction.organizations.map(({ name, kind }) => ({ name, kind })),
    themes: extraction.themes.map((theme) => theme.slug),
    fundingProgrammes: extraction.fundingProgrammes.map(({ name }) => ({ name })),
    partnerships: extraction.partnerships.map(({ a, b, since }) => ({ a, b, since })),
    participantCount: extraction.participantCount?.count ?? null,
    evidence,
  };
}
