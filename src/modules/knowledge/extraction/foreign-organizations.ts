import type { OrganizationKind } from '../../actors/organizations.tables.js';
import type { OrganizationProposal, Sentence } from './extraction.types.js';
import { evidenceFor } from './text.js';

/** Feminine adjective and noun forms of Ukrainian designations, in every case: "міська", "міської", "міській", "міською", "міську". */
const ADJECTIVE_CASES = '(?:а|ої|ій|ою|у)';
const A_NOUN_CASES = '(?:а|и|і|ою|у)';
const IA_NOUN_CASES = '(?:я|ї|єю|ю)';
/**
 * A Ukrainian council, community or administration named by its town's adjective: "Вінницької
 * міської ради", "Бучанська територіальна громада", "Харківської обласної військової адміністрації".
 */
const UKRAINIAN_OFFICE = new RegExp(
  `(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:ськ|цьк|зьк)${ADJECTIVE_CASES}\\s+` +
    `(?:(?:міськ|селищн|сільськ|обласн|районн)${ADJECTIVE_CASES}\\s+)?(?:державн${ADJECTIVE_CASES}\\s+)?` +
    `(?:територіальн${ADJECTIVE_CASES}\\s+громад${A_NOUN_CASES}|(?:військов${ADJECTIVE_CASES}\\s+)?адміністраці${IA_NOUN_CASES}|рад${A_NOUN_CASES})(?![\\p{L}])`,
  'gu',
);
/** A Ukrainian university or institute named by its town's adjective: "Житомирського державного університету". */
const MASCULINE_CASES = '(?:ий|ого|ому|им|ім)';
const UKRAINIAN_UNIVERSITY = new RegExp(
  `(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:ськ|цьк|зьк|н)${MASCULINE_CASES}\\s+(?:(?:державн|національн|технічн|педагогічн|медичн|аграрн|економічн)${MASCULINE_CASES}\\s+)?(?:університет|інститут)(?:у|ом|і)?(?![\\p{L}])`,
  'gu',
);
/** A town's own name after the designation of its administration in its language: "Comune di Bologna", "Ville de Lyon", "Urząd Miasta Lublin". */
const TOWN_NAME = "\\p{Lu}[\\p{L}’'-]*(?: (?:(?:sur|nad|del|di|de|la|le|en|am) )?\\p{Lu}[\\p{L}’'-]*)?";
const FOREIGN_OFFICE = new RegExp(
  `(?<![\\p{L}])(?:Comune di|Città (?:metropolitana )?di|Ville d(?:e |[’'])|Mairie d(?:e |[’'])|Métropole d(?:e |[’'])|Urząd Miasta(?: i Gminy)?|Urząd Miejski w|Urząd Gminy|Ayuntamiento de|Câmara Municipal d[eo]|Primăria(?: Municipiului)?|Magistrát města|Gemeente) ?${TOWN_NAME}(?![\\p{L}])`,
  'gu',
);

/** A Ukrainian enterprise or association by its legal form and quoted name: КП «Львівводоканал», ГО «Центр міських студій». */
const UKRAINIAN_LEGAL_FORMS: Record<string, OrganizationKind> = {
  КП: 'municipal_enterprise', КНП: 'municipal_enterprise', ЛКП: 'municipal_enterprise', МКП: 'municipal_enterprise', КУ: 'municipal_enterprise',
  ТОВ: 'company', ПрАТ: 'company', АТ: 'company', ПАТ: 'company',
  ГО: 'ngo', ГС: 'ngo', БФ: 'ngo', МГО: 'ngo', ЛМГО: 'ngo', ОСББ: 'housing_cooperative',
};
const ENGLISH_LEGAL_FORMS: Record<string, OrganizationKind> = {
  'Municipal Enterprise': 'municipal_enterprise', 'Communal Enterprise': 'municipal_enterprise', 'Municipal Company': 'municipal_enterprise', NGO: 'ngo', 'Charitable Foundation': 'ngo', 'Public Organization': 'ngo', 'Public Organisation': 'ngo',
};
const LEGAL_FORMS = { ...UKRAINIAN_LEGAL_FORMS, ...ENGLISH_LEGAL_FORMS };
const UKRAINIAN_QUOTED = new RegExp(`(?<![\\p{L}])(${Object.keys(LEGAL_FORMS).join('|')})\\s*[«"„“]([^»"“”\\n]{2,60})[»"“”]`, 'gu');

/**
 * Town administrations named the way their own language names them, which the German and English
 * rules do not read: Ukrainian councils, communities and military administrations, Italian,
 * French, Polish, Spanish, Portuguese, Romanian, Czech and Dutch town halls, and Ukrainian
 * enterprises and associations named after their legal form. Each is added once,
 * unless an organisation found before already covers it.
 */
export function withForeignOrganizations(found: OrganizationProposal[], text: string, sentences: Sentence[]): OrganizationProposal[] {
  const offices: OrganizationProposal[] = [];
  for (const pattern of [UKRAINIAN_OFFICE, FOREIGN_OFFICE, UKRAINIAN_UNIVERSITY]) {
    for (const match of text.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (found.some((organization) => organization.mentions.some((mention) => mention.start < span.end && span.start < mention.end))) continue;
      const evidence = evidenceFor(sentences, span);
      const key = officeKey(match[0]);
      const same = offices.find((office) => officeKey(office.name) === key);
      if (same) same.mentions.push(evidence);
      else offices.push({ name: match[0], kind: pattern === UKRAINIAN_UNIVERSITY ? 'university' : 'municipal_office', shortName: null, mentions: [evidence], evidence });
    }
  }
  for (const match of text.matchAll(UKRAINIAN_QUOTED)) {
    const start = match.index + match[0].indexOf(match[2]!);
    const span = { start, end: start + match[2]!.length };
    if (found.some((organization) => organization.mentions.some((mention) => mention.start < span.end && span.start < mention.end))) continue;
    const evidence = evidenceFor(sentences, span);
    const same = offices.find((office) => office.name === match[2]);
    if (same) same.mentions.push(evidence);
    else offices.push({ name: match[2]!, kind: LEGAL_FORMS[match[1]!]!, shortName: null, mentions: [evidence], evidence });
  }
  return [...found, ...offices];
}

function officeKey(name: string): string {
  return ukrainianNominative(name).toLowerCase();
}

/** Head nouns with their nominative ending and the nominative ending their adjectives take. */
const UKRAINIAN_HEAD_NOUNS: [RegExp, string, string][] = [
  [new RegExp(`^(рад|громад|спілк)${A_NOUN_CASES}$`, 'u'), 'а', 'а'],
  [new RegExp(`^(адміністраці|асоціаці|агенці|організаці)${IA_NOUN_CASES}$`, 'u'), 'я', 'а'],
  [/^(міністерств|агентств|товариств|управлінн|підприємств)(?:о|а|у|ом|і|я|ю|ям)$/u, '', ''],
];
const UKRAINIAN_ADJECTIVE = new RegExp(`^(\\p{L}+(?:ськ|цьк|зьк|н|ов|ив))(?:${ADJECTIVE_CASES.slice(3, -1)}|е|ого|ому|им|ім)$`, 'u');

/**
 * The nominative of a Ukrainian designation as a sentence declines it: "Вінницької міської ради"
 * → "Вінницька міська рада", "Асоціації міст України" → "Асоціація міст України". The head noun
 * (council, community, administration, association, agency, union) and the adjectives before it
 * change; the words after it keep their case. Anything else is returned as it is.
 */
export function ukrainianNominative(name: string): string {
  const words = name.split(/\s+/);
  // Masculine: "Житомирського державного університету" → "Житомирський державний університет".
  if (/^(?:університет|інститут)(?:у|ом|і)?$/u.test(words.at(-1)!) && words.slice(0, -1).every((word) => /(?:ий|ого|ому|им|ім)$/u.test(word))) {
    return [...words.slice(0, -1).map((word) => word.replace(/(?:ий|ого|ому|им|ім)$/u, 'ий')), words.at(-1)!.replace(/(?:у|ом|і)$/u, '')].join(' ');
  }
  const head = words.findIndex((word) => UKRAINIAN_HEAD_NOUNS.some(([pattern]) => pattern.test(word.toLowerCase())));
  if (head === -1 || head > 3) return name;
  const before = words.slice(0, head);
  if (!before.every((word) => UKRAINIAN_ADJECTIVE.test(word.toLowerCase()))) return name;
  const nominative = (word: string, pattern: RegExp, ending: string) => {
    const match = pattern.exec(word.toLowerCase())!;
    return word.slice(0, match[1]!.length) + ending;
  };
  const [pattern, ending, adjectiveEnding] = UKRAINIAN_HEAD_NOUNS.find(([candidate]) => candidate.test(words[head]!.toLowerCase()))!;
  // Neuter nouns keep their stem's last letter: міністерств-о, управлінн-я.
  const neuter = ending === '';
  const headWord = words[head]!;
  const headNominative = neuter ? headWord.slice(0, pattern.exec(headWord.toLowerCase())![1]!.length) + (/нн$/u.test(pattern.exec(headWord.toLowerCase())![1]!) ? 'я' : 'о') : nominative(headWord, pattern, ending);
  return [...before.map((word) => nominative(word, UKRAINIAN_ADJECTIVE, neuter ? 'е' : adjectiveEnding)), headNominative, ...words.slice(head + 1)].join(' ');
}
