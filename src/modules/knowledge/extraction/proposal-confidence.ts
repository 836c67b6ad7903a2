import known from './data/known-organizations.json' with { type: 'json' };
import type { Confident, FundingProgrammeProposal, OrganizationProposal } from './extraction.types.js';
import { plainKey } from '../../../core/names/name-keys.js';

const KNOWN_NAMES = new Set((known.organizations as { names: string[] }[]).flatMap((entry) => entry.names.map(plainKey)));
/** A legal form or the head noun of an office, company or body makes a name an organisation's. */
const DESIGNATION =
  /(?:GmbH|gGmbH|AG|eG|e\. ?V\.|KG|mbH|SE|Ltd|Inc|plc|S\.A\.|Amt|amt|Ministerium|ministerium|Verwaltung|verwaltung|Verband|verband|Verein|Stiftung|Agentur|Werke|werke|Betrieb|betrieb|Universität|Hochschule|Institut|Netzwerk|City Council|Council|Municipality|Ministry|Department|Agency|Association|Foundation|University|Institute|Network|Office|Company|рада|управління|департамент|міністерство|асоціація|фонд|університет|агенція|товариство|підприємство)(?![\p{L}])/u;

/** How sure an organisation is: a known one, or one named with a legal form, a designation or its acronym. */
export function withOrganizationConfidence<T extends OrganizationProposal>(organization: T): T & Confident {
  const key = plainKey(organization.name);
  const confidence = KNOWN_NAMES.has(key) || (organization.shortName !== null && KNOWN_NAMES.has(plainKey(organization.shortName)))
    ? 0.95
    : DESIGNATION.test(organization.name) || organization.shortName !== null
      ? 0.85
      : organization.name.trim().split(/\s+/).length === 1
        ? 0.6
        : 0.7;
  return { ...organization, confidence };
}

/** How sure a funding programme is: one of the known programmes, a quoted name after "Programm", or a name the rules built. */
export function withProgrammeConfidence<T extends FundingProgrammeProposal>(programme: T): T & Confident {
  return { ...programme, confidence: programme.source === 'known' ? 0.95 : programme.source === 'quoted' ? 0.85 : 0.65 };
}
