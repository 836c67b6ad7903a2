import type { OrganizationKind } from '../../actors/actors.types.js';
import type { OrganizationProposal, Sentence, TextSpan } from './extraction.types.js';
import { evidenceFor } from './text.js';

/** Up to four capitalised words right before the comma: "Infoxvod", "Bristol City Leap". */
const NAME = "\\p{Lu}[\\p{L}\\d&'’-]*(?: \\p{Lu}[\\p{L}\\d&'’-]*){0,3}";
const APPOSITION_START = new RegExp(`(?<![\\p{L}\\d-])(${NAME}), (?:the|a|an|der|die|das|ein|eine) `, 'gu');
/** Nouns that say what an organisation is, lower case. */
const KIND_NOUNS = new Set([
  'utility', 'company', 'operator', 'provider', 'consultancy', 'cooperative', 'co-operative', 'foundation', 'association', 'network', 'agency', 'enterprise', 'firm', 'ngo', 'charity',
  'versorger', 'energieversorger', 'wasserversorger', 'verkehrsbetrieb', 'verkehrsunternehmen', 'wohnungsunternehmen', 'wohnungsgesellschaft', 'planungsbüro', 'beratungsunternehmen',
  'genossenschaft', 'stiftung', 'verein', 'netzwerk', 'verband', 'tochter', 'tochtergesellschaft', 'unternehmen', 'firma', 'betreiber',
]);
/** What may follow the noun when the phrase describes an organisation and not a person ("a network coordinator"). */
const AFTER_NOUN = /^(?:[,.;:)]|\s(?:of|in|for|from|that|which|based|owned|run|der|des|aus|in|im|mit|für|von|und|and)\b)/u;
const SENTENCE_WORDS = new Set(['The', 'A', 'An', 'In', 'At', 'On', 'For', 'Die', 'Der', 'Das', 'Im', 'In', 'Am', 'Mit', 'Bei', 'Auch', 'Dort', 'Hier', 'This', 'These', 'It']);
const MUNICIPAL = /municipal|city|town|public|communal|städtisch|kommunal|transport|verkehr|housing|wohn/iu;

function appositionKind(noun: string, description: string): OrganizationKind {
  const municipal = MUNICIPAL.test(description) || /verkehr|wohnung/u.test(noun);
  switch (noun) {
    case 'utility':
    case 'provider':
    case 'versorger':
    case 'energieversorger':
    case 'wasserversorger':
      return 'utility';
    case 'consultancy':
    case 'planungsbüro':
    case 'beratungsunternehmen':
      return 'consultancy';
    case 'cooperative':
    case 'co-operative':
    case 'genossenschaft':
      return /housing|wohn/iu.test(description) ? 'housing_cooperative' : /energy|energie/iu.test(description) ? 'utility' : 'ngo';
    case 'foundation':
    case 'ngo':
    case 'charity':
    case 'stiftung':
    case 'verein':
      return 'ngo';
    case 'association':
    case 'network':
    case 'netzwerk':
    case 'verband':
      return 'network';
    case 'agency':
      return /development|cooperation|entwicklung/iu.test(description) ? 'development_agency' : /energy|climate|energie|klima/iu.test(description) ? 'ngo' : 'ministry';
    default:
      return municipal ? 'municipal_enterprise' : 'company';
  }
}

/**
 * Organisations the text introduces with an apposition, which is all the cue a brand name gets:
 * "Infoxvod, the water utility of Odesa, …", "Living Streets, an Action Planning Network of …",
 * "Ameresco, an energy services company", "SachsenNetze, der Netzbetreiber …". The kind comes
 * from the noun of the apposition; a designation found as an organisation inside the apposition
 * ("Action Planning Network") gives way to the name it describes. Towns are left to the places.
 */
export function withAppositions(found: OrganizationProposal[], text: string, sentences: Sentence[], townStarts: ReadonlySet<number>): OrganizationProposal[] {
  const added: OrganizationProposal[] = [];
  const described: TextSpan[] = [];
  for (const match of text.matchAll(APPOSITION_START)) {
    let name = match[1]!;
    let start = match.index;
    // "In Odesa, the …": sentence words before the name are not part of it.
    while (SENTENCE_WORDS.has(name.split(' ')[0]!) && name.includes(' ')) {
      const first = name.indexOf(' ') + 1;
      start += first;
      name = name.slice(first);
    }
    if (SENTENCE_WORDS.has(name) || townStarts.has(start) || /['’]s$/u.test(name)) continue;
    const descriptionStart = match.index + match[0].length;
    const words = [...text.slice(descriptionStart, descriptionStart + 80).matchAll(/[\p{L}-]+/gu)].slice(0, 5);
    const nounAt = words.findIndex((word) => KIND_NOUNS.has(word[0].toLowerCase()));
    if (nounAt === -1 || words.slice(0, nounAt).some((word, k) => k > 0 && words[k]!.index !== words[k - 1]!.index + words[k - 1]![0].length + 1)) continue;
    const noun = words[nounAt]!;
    const nounEnd = descriptionStart + noun.index + noun[0].length;
    if (!AFTER_NOUN.test(text.slice(nounEnd, nounEnd + 12))) continue;
    const span = { start, end: start + name.length };
    described.push({ start: descriptionStart, end: nounEnd });
    if (found.some((organization) => organization.mentions.some((mention) => mention.start < span.end && span.start < mention.end))) continue;
    const evidence = evidenceFor(sentences, span);
    const same = added.find((organization) => organization.name === name);
    if (same) same.mentions.push(evidence);
    else added.push({ name, kind: appositionKind(noun[0].toLowerCase(), text.slice(descriptionStart, nounEnd)), shortName: null, mentions: [evidence], evidence });
  }
  if (added.length === 0) return found;
  const insideDescription = (organization: OrganizationProposal) =>
    organization.mentions.every((mention) => described.some((span) => span.start <= mention.start && mention.end <= span.end + 40 && mention.start < span.end));
  return [...found.filter((organization) => !insideDescription(organization)), ...added];
}

const COUNCIL_LIST = /\b(?:the )?(city|town|county|municipal|district) councils of (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?(?:, \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)*) and (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)/gu;

/**
 * "the city councils of Lutsk and Rivne": one council for each town, named as each calls itself
 * in English ("Lutsk City Council"). Only towns the gazetteer knows are taken.
 */
export function withCouncilLists(found: OrganizationProposal[], text: string, sentences: Sentence[], townStarts: ReadonlySet<number>): OrganizationProposal[] {
  const added: OrganizationProposal[] = [];
  for (const match of text.matchAll(COUNCIL_LIST)) {
    const designation = `${match[1]![0]!.toUpperCase()}${match[1]!.slice(1)} Council`;
    const listStart = match.index + match[0].indexOf(match[2]!);
    const towns: TextSpan[] = [];
    for (const town of match[2]!.matchAll(/[^,]+/gu)) {
      const start = listStart + town.index + (town[0].length - town[0].trimStart().length);
      towns.push({ start, end: start + town[0].trim().length });
    }
    const lastStart = match.index + match[0].length - match[3]!.length;
    towns.push({ start: lastStart, end: lastStart + match[3]!.length });
    if (!towns.every((town) => townStarts.has(town.start))) continue;
    for (const town of towns) {
      const name = `${text.slice(town.start, town.end)} ${designation}`;
      if (found.some((organization) => organization.name === name) || added.some((organization) => organization.name === name)) continue;
      const evidence = evidenceFor(sentences, town);
      added.push({ name, kind: 'municipal_office', shortName: null, mentions: [evidence], evidence });
    }
  }
  return added.length === 0 ? found : [...found, ...added];
}
