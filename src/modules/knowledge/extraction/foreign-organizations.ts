import type { OrganizationKind } from '../../actors/actors.types.js';
import type { OrganizationProposal, Sentence } from './extraction.types.js';
import { organizationKind } from './organization-kinds.js';
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
  `(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:ськ|цьк|зьк)${ADJECTIVE_CASES}\\s+` +
    `(?:(?:міськ|селищн|сільськ|обласн|районн)${ADJECTIVE_CASES}\\s+)?(?:державн${ADJECTIVE_CASES}\\s+)?` +
    `(?:територіальн${ADJECTIVE_CASES}\\s+громад${A_NOUN_CASES}|(?:військов${ADJECTIVE_CASES}\\s+)?адміністраці${IA_NOUN_CASES}|рад${A_NOUN_CASES})(?![\\p{L}])`,
  'gu',
);
/** A Ukrainian university or institute named by its town's adjective: "Житомирського державного університету". */
const MASCULINE_CASES = '(?:ий|ого|ому|им|ім)';
const UKRAINIAN_UNIVERSITY = new RegExp(
  `(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:ськ|цьк|зьк|н)${MASCULINE_CASES}\\s+(?:(?:державн|національн|технічн|педагогічн|медичн|аграрн|економічн)${MASCULINE_CASES}\\s+)?(?:університет|інститут)(?:у|ом|і)?(?:\\s+імені\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)?(?![\\p{L}])`,
  'gu',
);
/** A town's own name after the designation of its administration in its language: "Comune di Bologna", "Ville de Lyon", "Urząd Miasta Lublin". */
const TOWN_NAME = "\\p{Lu}[\\p{L}’'-]*(?: (?:(?:sur|nad|del|di|de|la|le|en|am) )?\\p{Lu}[\\p{L}’'-]*)?";
const FOREIGN_OFFICE = new RegExp(
  `(?<![\\p{L}])(?:Comune di|Città (?:metropolitana )?di|Ville d(?:e |[’'])|Mairie d(?:e |[’'])|Métropole d(?:e |[’'])|Urząd Miasta(?: i Gminy)?|Urząd Miejski w|Urząd Gminy|Ayuntamiento de|Câmara Municipal d[eo]|Primăria(?: Municipiului)?|Magistrát města|Gemeente) ?${TOWN_NAME}(?![\\p{L}])|(?<![\\p{L}])(?!(?:The|La|Le|Die|Der|Das) )\\p{Lu}[\\p{L}’'-]* (?:Métropole|Agglomération)(?![\\p{L}])`,
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
/** The same legal forms written out, in any case: "комунального підприємства «Житомирводоканал»". */
const WRITTEN_OUT_FORMS: [RegExp, OrganizationKind][] = [
  [/^(?:комунальн|міськ)\p{Ll}* (?:підприємств|некомерційн|установ)/u, 'municipal_enterprise'],
  [/^громадськ\p{Ll}* (?:організаці|спілк)|^благодійн/u, 'ngo'],
  [/^товариств\p{Ll}* з обмеженою/u, 'company'],
];
const UKRAINIAN_QUOTED = new RegExp(
  `(?<![\\p{L}])(${Object.keys(LEGAL_FORMS).join('|')}|(?:комунальн|міськ|громадськ|благодійн|товариств)\\p{Ll}*(?: \\p{Ll}+){1,3})\\s*[«"„“]([^»"“”\\n]{2,60})[»"“”]`,
  'gu',
);
const legalFormKind = (form: string): OrganizationKind | undefined => LEGAL_FORMS[form] ?? WRITTEN_OUT_FORMS.find(([pattern]) => pattern.test(form))?.[1];

/**
 * Utilities and municipal enterprises by the way their names are built: "Kyivvodokanal",
 * "Lvivteploenergo", "Житомирводоканал", "Електроавтотранс", "Termoelectrica", and the Polish
 * municipal companies' acronyms with their town ("MPK Lublin", "MPWiK").
 */
const UTILITY_BRAND = /(?<![\p{L}\d-])\p{Lu}[\p{L}-]*(?:vodokanal|teploenergo|teplo|energo|electrica|elektro|водоканал|теплоенерго|тепловодоенерго|теплокомуненерго|електротранс|автотранс|тепло|енерго)(?![\p{L}\d-])/gu;
/** Polish municipal units and companies written out: "Zarząd Dróg i Transportu Miejskiego", "Miejskie Przedsiębiorstwo Komunikacyjne". */
const POLISH_MUNICIPAL_UNIT = /(?<![\p{L}])(?:Zarząd|Miejskie Przedsiębiorstwo|Miejski Zakład|Zakład)(?: (?:i |w )?\p{Lu}\p{Ll}+){1,4}(?<=(?:Miejskiego|Miejskiej|Miejskie|Komunalnej|Komunalnego|Komunalne|Komunikacyjne|Wodociągów i Kanalizacji|Zieleni))(?![\p{L}])/gu;
const POLISH_MUNICIPAL_COMPANY = /(?<![\p{L}\d-])(?:MPWiK|MPK|MZK|ZTM|MPEC|PEC|MPO|ZDiM|ZDM)(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?(?![\p{L}\d-])/gu;

/**
 * Town administrations named the way their own language names them, which the German and English
 * rules do not read: Ukrainian councils, communities and military administrations, Italian,
 * French, Polish, Spanish, Portuguese, Romanian, Czech and Dutch town halls, and Ukrainian
 * enterprises and associations named after their legal form. Each is added once,
 * unless an organisation found before already covers it.
 */
/** Heads of Ukrainian names, capitalised at the start of a name ("Фонд енергоефективності") or after a town's adjective ("Київської школи економіки"). */
const UKRAINIAN_NAME_HEAD = /^(?:фонд|агенці|асоціаці|спілк|товариств|управлінн|інститут|центр|академі|служб|департамент|школ)\p{Ll}*$/u;
/** Words after the head in the genitive: "енергоефективності", "доріг та мостів міста Люблін", "Фрідріха Еберта". */
const UKRAINIAN_GENITIVE = /^\p{Ll}[\p{Ll}’']*(?:ості|ії|ів|їв|их|ого|ої|ки|ги|хи|ти|ди|ри|ни|ви|ці|ку|ту|ду|ру|ну|ва|тва|ння|ття|ля|ня|ад|іг|ок|ей|ста|ки)$/u;
const UKRAINIAN_STOP = new Set(['та', 'і', 'й', 'з', 'із', 'зі', 'у', 'в', 'на', 'для', 'до', 'від', 'про', 'що', 'як', 'ще', 'вже', 'також', 'разом', 'під', 'за', 'після', 'перед', 'над', 'при', 'між', 'через']);
const UKRAINIAN_WORD = /[\p{L}’'-]+/gu;
const UKRAINIAN_LEAD_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:ськ|цьк|зьк|н)(?:ої|ій|ою|у|а|ого|ому|им|ий|е)$/u;
const UKRAINIAN_SMALL_ADJECTIVE = /^\p{Ll}+(?:н|ськ|ов)(?:ої|ій|ою|у|а|ого|ому|им|ий|е)$/u;

/** Ukrainian names built of a head and its genitive complement, each as the sentence declines it. */
function ukrainianNames(text: string): { start: number; end: number }[] {
  const words = [...text.matchAll(UKRAINIAN_WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
  const joined = (a: { end: number }, b: { start: number }) => /^ $/u.test(text.slice(a.end, b.start));
  const names: { start: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let first = -1;
    let head = -1;
    if (/^\p{Lu}/u.test(word.text) && UKRAINIAN_NAME_HEAD.test(word.text.toLowerCase())) [first, head] = [i, i];
    else if (UKRAINIAN_LEAD_ADJECTIVE.test(word.text)) {
      let k = i + 1;
      if (words[k] && joined(words[k - 1]!, words[k]!) && UKRAINIAN_SMALL_ADJECTIVE.test(words[k]!.text)) k++;
      if (words[k] && joined(words[k - 1]!, words[k]!) && /^\p{Ll}/u.test(words[k]!.text) && UKRAINIAN_NAME_HEAD.test(words[k]!.text)) [first, head] = [i, k];
    }
    if (head === -1) continue;
    let end = head;
    for (let k = head + 1; k < words.length && k <= head + 5; k++) {
      const next = words[k]!;
      if (!joined(words[k - 1]!, next)) break;
      if (UKRAINIAN_STOP.has(next.text)) {
        const after = words[k + 1];
        // "доріг та мостів", "громад та територій": a second genitive plural, not a new subject.
        if ((next.text === 'та' || next.text === 'і') && after && joined(next, after) && /^\p{Ll}+(?:ів|їв|ей|ій|ад|іг|ок)$/u.test(after.text) && k > head + 1) continue;
        break;
      }
      if (/^\p{Lu}/u.test(next.text) || UKRAINIAN_GENITIVE.test(next.text)) end = k;
      else break;
    }
    // A head with nothing after it names nothing unless two adjectives name it ("Німецько-української
    // енергетичної агенції"): "Німецька агенція з …" is described, not named.
    if (end === head && head - first < 2) continue;
    names.push({ start: words[first]!.start, end: words[end]!.end });
    i = end;
  }
  return names;
}

const KIND_OF_PATTERN = new Map<RegExp, OrganizationKind>([
  [UKRAINIAN_UNIVERSITY, 'university'],
  [UTILITY_BRAND, 'utility'],
  [POLISH_MUNICIPAL_COMPANY, 'municipal_enterprise'],
  [POLISH_MUNICIPAL_UNIT, 'municipal_enterprise'],
]);

/** Ukrainian water and transport companies are the town's own enterprises ("Житомирводоканал", "Електроавтотранс"); heat and power brands are utilities. */
function brandKind(pattern: RegExp, name: string): OrganizationKind {
  if (pattern === UTILITY_BRAND && /(?:водоканал|електротранс|автотранс)$/u.test(name)) return 'municipal_enterprise';
  return KIND_OF_PATTERN.get(pattern) ?? 'municipal_office';
}

export function withForeignOrganizations(found: OrganizationProposal[], text: string, sentences: Sentence[]): OrganizationProposal[] {
  const offices: OrganizationProposal[] = [];
  for (const pattern of [UKRAINIAN_OFFICE, FOREIGN_OFFICE, UKRAINIAN_UNIVERSITY, UTILITY_BRAND, POLISH_MUNICIPAL_COMPANY, POLISH_MUNICIPAL_UNIT]) {
    for (const match of text.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (found.some((organization) => organization.mentions.some((mention) => mention.start < span.end && span.start < mention.end))) continue;
      const evidence = evidenceFor(sentences, span);
      const key = officeKey(match[0]);
      const same = offices.find((office) => officeKey(office.name) === key);
      if (same) same.mentions.push(evidence);
      else offices.push({ name: match[0], kind: brandKind(pattern, match[0]), shortName: null, mentions: [evidence], evidence });
    }
  }
  for (const span of ukrainianNames(text)) {
    if (found.some((organization) => organization.mentions.some((mention) => mention.start < span.end && span.start < mention.end))) continue;
    if (offices.some((office) => office.mentions.some((mention) => mention.start < span.end && span.start < mention.end))) continue;
    const name = text.slice(span.start, span.end);
    const evidence = evidenceFor(sentences, span);
    const same = offices.find((office) => officeKey(office.name) === officeKey(name));
    if (same) same.mentions.push(evidence);
    else offices.push({ name, kind: organizationKind(ukrainianNominative(name)), shortName: null, mentions: [evidence], evidence });
  }
  for (const match of text.matchAll(UKRAINIAN_QUOTED)) {
    const kind = legalFormKind(match[1]!);
    if (!kind) continue;
    const start = match.index + match[0].indexOf(match[2]!);
    const span = { start, end: start + match[2]!.length };
    if (found.some((organization) => organization.mentions.some((mention) => mention.start < span.end && span.start < mention.end))) continue;
    const evidence = evidenceFor(sentences, span);
    const same = offices.find((office) => office.name === match[2]);
    if (same) same.mentions.push(evidence);
    else offices.push({ name: match[2]!, kind, shortName: null, mentions: [evidence], evidence });
  }
  return [...found, ...offices];
}

function officeKey(name: string): string {
  return ukrainianNominative(name).toLowerCase();
}

/** Head nouns with their nominative ending and the nominative ending their adjectives take. */
const UKRAINIAN_HEAD_NOUNS: [RegExp, string, string][] = [
  [new RegExp(`^(рад|громад|спілк|школ|служб)${A_NOUN_CASES}$`, 'u'), 'а', 'а'],
  [new RegExp(`^(адміністраці|асоціаці|агенці|організаці|академі)${IA_NOUN_CASES}$`, 'u'), 'я', 'а'],
  [/^(міністерств|агентств|товариств|підприємств)(?:о|а|у|ом|і)$/u, 'о', 'е'],
  [/^(управлінн)(?:я|ю|ям|і)$/u, 'я', 'е'],
  [/^(фонд|центр|департамент|інститут|університет)(?:у|ом|і|а)?$/u, '', 'ий'],
];
const UKRAINIAN_ADJECTIVE = new RegExp(`^([\\p{L}-]+(?:ськ|цьк|зьк|н|ов|ив))(?:${ADJECTIVE_CASES.slice(3, -1)}|е|ий|ого|ому|им|ім)$`, 'u');

/**
 * The nominative of a Ukrainian designation as a sentence declines it: "Вінницької міської ради"
 * → "Вінницька міська рада", "Асоціації міст України" → "Асоціація міст України". The head noun
 * (council, community, administration, association, agency, union) and the adjectives before it
 * change; the words after it keep their case. Anything else is returned as it is.
 */
export function ukrainianNominative(name: string): string {
  const words = name.split(/\s+/);
  const head = words.findIndex((word) => UKRAINIAN_HEAD_NOUNS.some(([pattern]) => pattern.test(word.toLowerCase())));
  if (head === -1 || head > 3) return name;
  const before = words.slice(0, head);
  if (!before.every((word) => UKRAINIAN_ADJECTIVE.test(word.toLowerCase()))) return name;
  const nominative = (word: string, pattern: RegExp, ending: string) => {
    const match = pattern.exec(word.toLowerCase())!;
    return word.slice(0, match[1]!.length) + ending;
  };
  const [pattern, ending, adjectiveEnding] = UKRAINIAN_HEAD_NOUNS.find(([candidate]) => candidate.test(words[head]!.toLowerCase()))!;
  return [...before.map((word) => nominative(word, UKRAINIAN_ADJECTIVE, adjectiveEnding)), nominative(words[head]!, pattern, ending), ...words.slice(head + 1)].join(' ');
}
