/**
 * German names of organisations and programmes as the sentence declines them ("des Deutschen
 * Landkreistages", "mit den Stadtwerken Leipzig", "beim Deutschen Institut für Urbanistik"),
 * brought back to the nominative a directory lists them under ("Deutscher Landkreistag",
 * "Stadtwerke Leipzig", "Deutsches Institut für Urbanistik"). The head noun's gender comes from a
 * lexicon of the nouns such names end in; adjectives before it take the strong ending of that
 * gender; the words after the head ("für Urbanistik", a town) keep their case.
 */

export type Gender = 'masculine' | 'neuter' | 'feminine' | 'plural';

/** Endings of head nouns (compounds end in them: Landkreis*tag*, Bundes*ministerium*), longest first within a gender. */
export const HEAD_NOUNS: Record<Gender, readonly string[]> = {
  masculine: ['landkreistag', 'städtetag', 'gemeindetag', 'zweckverband', 'verband', 'verbund', 'bund', 'verein', 'beirat', 'rat', 'dienst', 'eigenbetrieb', 'betrieb', 'kreis', 'fonds', 'ausschuss', 'kongress', 'senat', 'tag'],
  neuter: ['ministerium', 'institut', 'netzwerk', 'amt', 'büro', 'zentrum', 'forum', 'werk', 'bündnis', 'kolleg', 'komitee', 'sekretariat', 'referat', 'management', 'haus', 'museum', 'dezernat', 'programm'],
  feminine: ['gesellschaft', 'genossenschaft', 'agentur', 'stiftung', 'kammer', 'stelle', 'behörde', 'initiative', 'akademie', 'anstalt', 'gruppe', 'union', 'hochschule', 'universität', 'schule', 'kommission', 'organisation', 'vertretung', 'allianz', 'plattform', 'verwaltung', 'vereinigung', 'partnerschaft', 'abteilung', 'hilfe', 'bank', 'sparkasse', 'kasse', 'koordinierung'],
  plural: ['stadtwerke', 'verkehrsbetriebe', 'betriebe', 'werke'],
};

/** Adjectives of names end in these before their inflection: deutsch-, sächs-isch, kommun-al, städt-isch. */
const ADJECTIVE_STEM = /(?:isch|al|ell|lich|ig|ar|iv|ös|neu|groß|frei|grün|jung|alt|deutsch|bunt|offen|gemeinsam|nachhaltig)$/u;
/** The first part of a compound whose head is left to the next one: "Städte-" in "Städte- und Gemeindebund". */
const ELIDED = /^\p{Lu}[\p{L}-]*-,?$/u;
const ADJECTIVE = /^(\p{Lu}\p{Ll}+?)(?:en|em|er|es|e)$/u;
const STRONG_ENDING: Record<Gender, string> = { masculine: 'er', neuter: 'es', feminine: 'e', plural: 'e' };
/** Articles and contractions before a name that decline it; after them the adjectives are weak. */
const DECLINING_ARTICLES = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'eines', 'einem', 'einer', 'einen', 'im', 'am', 'beim', 'vom', 'zum', 'zur', 'ins',
]);
const GENITIVE_ARTICLES = new Set(['des', 'eines']);
const DATIVE_PLURAL_ARTICLES = new Set(['den']);

/** The gender and nominative of a head noun as written in any case, or null when the lexicon does not know it. */
export function headNoun(word: string, article: string | null): { nominative: string; gender: Gender } | null {
  const lower = word.toLowerCase();
  // The longest ending decides: Refe*rat* is neuter (Referat), not the masculine Rat.
  const endsWithHead = (form: string, genders: readonly Gender[]) => {
    let best: { gender: Gender; length: number } | null = null;
    for (const gender of genders) {
      for (const head of HEAD_NOUNS[gender]) if (form.endsWith(head) && (!best || head.length > best.length)) best = { gender, length: head.length };
    }
    return best?.gender ?? null;
  };
  const plain = endsWithHead(lower, ['plural', 'feminine', 'masculine', 'neuter']);
  if (plain) return { nominative: word, gender: plain };
  // Genitive of masculine and neuter nouns: Landkreistages, Amts, Bundesministeriums.
  if (article === null || GENITIVE_ARTICLES.has(article)) {
    for (const ending of ['es', 's']) {
      if (!lower.endsWith(ending)) continue;
      const gender = endsWithHead(lower.slice(0, -ending.length), ['masculine', 'neuter']);
      if (gender) return { nominative: word.slice(0, -ending.length), gender };
    }
  }
  // Dative plural: Stadtwerken, Verkehrsbetrieben.
  if ((article === null || DATIVE_PLURAL_ARTICLES.has(article)) && lower.endsWith('n') && endsWithHead(lower.slice(0, -1), ['plural'])) {
    return { nominative: word.slice(0, -1), gender: 'plural' };
  }
  return null;
}

/**
 * The nominative of a German name that follows `article` (lower case, or null when none did).
 * A name whose head noun the lexicon does not know is returned as it is.
 */
export function nominativeOfName(name: string, article: string | null): string {
  const words = name.split(' ');
  const declining = article !== null && DECLINING_ARTICLES.has(article) ? article : null;
  let head = -1;
  let found: ReturnType<typeof headNoun> = null;
  for (let i = 0; i < words.length && i < 7; i++) {
    const word = words[i]!;
    // "Städte- und Gemeindebundes", "Wohnungs-, Bau- und Verkehrsgesellschaft": the head is the last part.
    if (ELIDED.test(word) && words[i + 1] !== undefined) {
      if (['und', 'oder'].includes(words[i + 1]!)) i++;
      continue;
    }
    if (!/^\p{Lu}/u.test(word)) break;
    found = headNoun(word, declining);
    if (found) {
      head = i;
      break;
    }
    // "den Dresdner Verkehrsbetrieben": a town's adjective, unchanged in every case.
    if (!isAdjective(word) && !(declining && /^\p{Lu}\p{Ll}+er$/u.test(word))) return name;
  }
  if (!found || head === -1) return name;
  const { gender, nominative } = found;
  const adjectives = words.slice(0, head).map((word) => {
    if (!declining && article === null) return word;
    // After an article a declined adjective ends in -e or -en; "-er" there is a town's ("der Leipziger …") and never changes.
    if (/er$/u.test(word)) return word;
    const match = ADJECTIVE.exec(word);
    return match ? match[1]! + STRONG_ENDING[gender] : word;
  });
  return [...adjectives, nominative, ...words.slice(head + 1)].join(' ');
}

function isAdjective(word: string): boolean {
  const match = ADJECTIVE.exec(word);
  return match !== null && ADJECTIVE_STEM.test(match[1]!.toLowerCase());
}
