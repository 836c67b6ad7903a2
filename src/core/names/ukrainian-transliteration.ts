/**
 * Ukrainian Cyrillic in Latin letters, in the two forms our users read:
 * - `national`: the official Ukrainian system of 2010 (Cabinet resolution 55), used in English
 *   and on maps and passports: Київ → Kyiv, Вінниця → Vinnytsia, Запоріжжя → Zaporizhzhia.
 * - `duden`: the German transcription of the Duden: Київ → Kyjiw, Вінниця → Winnyzja,
 *   Запоріжжя → Saporischschja.
 * Russian letters that Ukrainian lacks (ы, э, ё, ъ) are transcribed too, so names typed in
 * Russian spelling still come out readable. Other characters pass through unchanged.
 */
export type TransliterationSystem = 'national' | 'duden';

interface Letter {
  /** Inside a word. */
  medial: string;
  /** At the start of a word, where the national system differs (Є → Ye, Ї → Yi, Й → Y, Ю → Yu, Я → Ya). */
  initial?: string;
}

const NATIONAL: Record<string, Letter> = {
  а: { medial: 'a' }, б: { medial: 'b' }, в: { medial: 'v' }, г: { medial: 'h' }, ґ: { medial: 'g' },
  д: { medial: 'd' }, е: { medial: 'e' }, є: { medial: 'ie', initial: 'ye' }, ж: { medial: 'zh' },
  з: { medial: 'z' }, и: { medial: 'y' }, і: { medial: 'i' }, ї: { medial: 'i', initial: 'yi' },
  й: { medial: 'i', initial: 'y' }, к: { medial: 'k' }, л: { medial: 'l' }, м: { medial: 'm' },
  н: { medial: 'n' }, о: { medial: 'o' }, п: { medial: 'p' }, р: { medial: 'r' }, с: { medial: 's' },
  т: { medial: 't' }, у: { medial: 'u' }, ф: { medial: 'f' }, х: { medial: 'kh' }, ц: { medial: 'ts' },
  ч: { medial: 'ch' }, ш: { medial: 'sh' }, щ: { medial: 'shch' }, ь: { medial: '' }, ю: { medial: 'iu', initial: 'yu' },
  я: { medial: 'ia', initial: 'ya' }, ы: { medial: 'y' }, э: { medial: 'e' }, ё: { medial: 'io', initial: 'yo' }, ъ: { medial: '' },
};

const DUDEN: Record<string, Letter> = {
  а: { medial: 'a' }, б: { medial: 'b' }, в: { medial: 'w' }, г: { medial: 'h' }, ґ: { medial: 'g' },
  д: { medial: 'd' }, е: { medial: 'e' }, є: { medial: 'je' }, ж: { medial: 'sch' }, з: { medial: 's' },
  и: { medial: 'y' }, і: { medial: 'i' }, ї: { medial: 'ji' }, й: { medial: 'j' }, к: { medial: 'k' },
  л: { medial: 'l' }, м: { medial: 'm' }, н: { medial: 'n' }, о: { medial: 'o' }, п: { medial: 'p' },
  р: { medial: 'r' }, с: { medial: 's' }, т: { medial: 't' }, у: { medial: 'u' }, ф: { medial: 'f' },
  х: { medial: 'ch' }, ц: { medial: 'z' }, ч: { medial: 'tsch' }, ш: { medial: 'sch' }, щ: { medial: 'schtsch' },
  ь: { medial: '' }, ю: { medial: 'ju' }, я: { medial: 'ja' }, ы: { medial: 'y' }, э: { medial: 'e' }, ё: { medial: 'jo' }, ъ: { medial: '' },
};

const APOSTROPHES = new Set(["'", '’', 'ʼ', '`', '´', 'ʹ']);
const VOWELS = new Set(['а', 'е', 'є', 'и', 'і', 'ї', 'о', 'у', 'ю', 'я', 'ы', 'э', 'ё']);
const CYRILLIC = /[\u0400-\u04FF]/;

export function containsCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
const isUpper = (char: string | undefined) => isLetter(char) && char === char!.toUpperCase() && char !== char!.toLowerCase();
const isLower = (char: string | undefined) => isLetter(char) && char === char!.toLowerCase() && char !== char!.toUpperCase();

function capitalize(latin: string, source: string, previous: string | undefined, next: string | undefined): string {
  if (latin === '' || !isUpper(source)) return latin;
  // A word in capitals stays in capitals: ЩАСТЯ → SHCHASTIA, not ShchASTIa.
  const wholeWordUpper = isUpper(next) || (isUpper(previous) && !isLower(next));
  return wholeWordUpper ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
}

export function transliterateUkrainian(text: string, system: TransliterationSystem): string {
  const table = system === 'national' ? NATIONAL : DUDEN;
  const chars = [...text];
  let out = '';
  for (let index = 0; index < chars.length; index++) {
    const source = chars[index]!;
    const lower = source.toLowerCase();
    const letter = table[lower];
    if (!letter) {
      // The apostrophe between a consonant and я, ю, є, ї marks a separate sound; Latin drops it.
      if (APOSTROPHES.has(source) && isLetter(chars[index - 1]) && containsCyrillic(chars[index - 1]!)) continue;
      out += source;
      continue;
    }
    const previous = chars[index - 1];
    const atWordStart = !isLetter(previous) && !(previous !== undefined && APOSTROPHES.has(previous) && isLetter(chars[index - 2]));
    const previousLower = previous?.toLowerCase();
    const nextLower = chars[index + 1]?.toLowerCase();
    let latin = atWordStart && letter.initial ? letter.initial : letter.medial;
    if (system === 'national' && lower === 'г' && previousLower === 'з') latin = 'gh'; // Згорани → Zghorany, not Zhorany
    if (system === 'duden') {
      if (lower === 'с' && previousLower && nextLower && VOWELS.has(previousLower) && VOWELS.has(nextLower)) latin = 'ss'; // Одеса → Odessa
      if (lower === 'ь' && nextLower === 'о') latin = 'j'; // Льонь → Ljon
    }
    out += capitalize(latin, source, previous, chars[index + 1]);
  }
  return out;
}
