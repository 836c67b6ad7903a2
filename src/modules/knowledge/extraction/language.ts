import type { ExtractionLanguage, LanguageProposal } from './extraction.types.js';

/**
 * Function words that are frequent in one of the three languages and rare in the others.
 * Words shared by German and English ("in", "so", "an", "was") are left out.
 */
const FUNCTION_WORDS: Record<ExtractionLanguage, readonly string[]> = {
  de: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'zu', 'den', 'dem', 'des', 'im', 'für', 'auf', 'ein', 'eine', 'einer',
    'eines', 'einem', 'sich', 'auch', 'als', 'wird', 'werden', 'wurde', 'wurden', 'bei', 'aus', 'nach', 'sind', 'zum', 'zur', 'über',
    'sowie', 'durch', 'oder', 'wie', 'dass', 'noch', 'vom', 'am', 'auch', 'haben', 'hat', 'war', 'waren', 'ihre', 'ihrer', 'sie',
    'wir', 'unter', 'zwischen', 'bis', 'gemeinsam', 'stadt', 'statt', 'fand', 'aber', 'um', 'diese', 'dieser', 'dieses',
  ],
  en: [
    'the', 'and', 'of', 'to', 'is', 'for', 'with', 'on', 'were', 'by', 'from', 'that', 'this', 'as', 'at', 'are', 'be', 'which',
    'has', 'have', 'had', 'its', 'their', 'they', 'it', 'an', 'or', 'but', 'not', 'will', 'been', 'between', 'after', 'about',
    'into', 'also', 'city', 'took', 'place', 'held', 'who', 'more', 'than', 'other', 'these', 'those', 'such', 'through', 'while',
  ],
  uk: [
    'і', 'й', 'та', 'в', 'у', 'на', 'з', 'із', 'що', 'до', 'для', 'не', 'як', 'це', 'від', 'за', 'по', 'про', 'його', 'її', 'їх',
    'який', 'яка', 'які', 'було', 'були', 'був', 'була', 'також', 'між', 'під', 'після', 'щодо', 'міста', 'місто', 'громади', 'року',
  ],
};

const WORD_LANGUAGE = new Map<string, ExtractionLanguage>();
for (const [language, words] of Object.entries(FUNCTION_WORDS) as [ExtractionLanguage, readonly string[]][]) {
  for (const word of words) WORD_LANGUAGE.set(word, language);
}

/** Letters only Ukrainian writes among the Cyrillic languages. */
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/g;

/**
 * German, English or Ukrainian, from the function words of the text (Ukrainian also from its
 * script). Falls back to German, the language most reports come in, when nothing decides.
 */
export function detectLanguage(text: string): LanguageProposal {
  const counts: Record<ExtractionLanguage, number> = { de: 0, en: 0, uk: 0 };
  let letters = 0;
  let cyrillic = 0;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (const match of sample.toLowerCase().matchAll(/[\p{L}]+/gu)) {
    const word = match[0];
    letters += word.length;
    if (/[\u0400-\u04FF]/.test(word)) cyrillic += word.length;
    const language = WORD_LANGUAGE.get(word);
    if (language) counts[language]++;
  }
  if (letters > 0 && cyrillic / letters > 0.5) {
    const ukrainianLetters = sample.match(UKRAINIAN_LETTERS)?.length ?? 0;
    return { language: 'uk', source: 'detected', confidence: ukrainianLetters > 0 || counts.uk > 0 ? 1 : 0.5 };
  }
  const total = counts.de + counts.en + counts.uk;
  if (total === 0) return { language: 'de', source: 'detected', confidence: 0 };
  const best = (Object.keys(counts) as ExtractionLanguage[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return { language: best, source: 'detected', confidence: Math.round((counts[best] / total) * 100) / 100 };
}
