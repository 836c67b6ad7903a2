/**
 * Nominatives a Ukrainian town name written in another case could come from: "Вінниці" →
 * "Вінниця", "Києва" → "Київ", "Тернополі" → "Тернопіль", "Львові" → "Львів", "Бремені" → "Бремен";
 * and of an adjective made of it: "Миколаївської" → "Миколаїв", "Вінницької" → "Вінниця". Each
 * is only a guess for the gazetteer to confirm; the first it knows wins.
 */
export function ukrainianNominatives(word: string): { name: string; adjective: boolean }[] {
  const found: { name: string; adjective: boolean }[] = [];
  const add = (name: string, adjective = false) => {
    if (name.length >= 3 && name !== word && !found.some((entry) => entry.name === name)) found.push({ name, adjective });
  };
  // "Кам'янця-Подільського" → "Кам'янець-Подільський": each part of a hyphenated name on its own.
  const hyphen = word.indexOf('-');
  if (hyphen > 0 && hyphen < word.length - 1) {
    const [head, tail] = [word.slice(0, hyphen), word.slice(hyphen + 1)];
    const heads = [head, ...ukrainianNominatives(head).map((entry) => entry.name)].slice(0, 6);
    const tails = [tail, ...ukrainianNominatives(tail).map((entry) => entry.name)].slice(0, 40);
    for (const first of heads) for (const second of tails) add(`${first}-${second}`);
    return found;
  }
  // Plurals: "Чернівцях" → "Чернівці", "Черкасах" → "Черкаси", "Чернівців" → "Чернівці", "з Сум" → "Суми".
  for (const [ending, nominatives] of [['ях', ['і']], ['ах', ['и']], ['ів', ['і', 'и']]] as const) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) nominatives.forEach((nominative) => add(word.slice(0, -ending.length) + nominative));
  }
  // Nouns first: "Луцьку" is Луцьк, not an adjective.
  for (const ending of ['ові', 'еві', 'єві', 'ому', 'ого', 'ом', 'ем', 'єм', 'ою', 'ею', 'єю', 'у', 'ю', 'а', 'я', 'і', 'ї', 'и', 'е', 'є']) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    // "Хмельницького" → "Хмельницький": a name shaped like an adjective.
    if (ending === 'ому' || ending === 'ого') add(`${stem}ий`);
    if (ending === 'ому' || ending === 'ого') add(`${stem}е`);
    // The vowel the other cases drop: "Відня" → "Відень", "Кам'янця" → "Кам'янець".
    if (/[^аеиіоуяюєїь'’][нцкл]$/u.test(stem)) {
      add(`${stem.slice(0, -1)}е${stem.slice(-1)}ь`);
      add(`${stem.slice(0, -1)}е${stem.slice(-1)}`);
    }
    // Тернополі → Тернопіль, Львові → Львів, Харкова → Харків: the Ukrainian nominative before a Russian-looking stem.
    if (stem.endsWith('л')) add(`${withAlternation(stem)}ь`);
    add(withAlternation(stem));
    add(stem);
    ['а', 'я', 'о', 'е', 'ь', 'ія', 'і'].forEach((nominative) => add(stem + nominative));
  }
  if (/\p{Lu}/u.test(word[0] ?? '') && word.length >= 3) ['и', 'і'].forEach((ending) => add(word + ending));
  const adjective = /^(\p{Lu}\p{L}+?)(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими)$/u.exec(word);
  if (adjective) {
    const stem = adjective[1]!;
    if (/цьк/u.test(word)) ['ця', 'ці', 'к', 'ка'].forEach((ending) => add(stem + ending, true));
    add(stem, true);
    // "Івано-Франківської" → "Франківськ", "Слов'янського" → "Слов'янськ": towns named with the suffix itself.
    add(stem + (/цьк/u.test(word) ? 'цьк' : /зьк/u.test(word) ? 'зьк' : 'ськ'), true);
    add(withAlternation(stem), true);
    ['о', 'а', 'ь'].forEach((ending) => add(stem + ending, true));
  }
  return found;
}

/** The vowel of a closed last syllable the other cases open: Тернопол- → Тернопіл-, Льво- → Льві-, Києв- → Київ. */
function withAlternation(stem: string): string {
  const match = /^(.*)([оеє])(\p{L}{1,2})$/u.exec(stem);
  if (!match) return stem;
  return `${match[1]}${match[2] === 'є' ? 'ї' : 'і'}${match[3]}`;
}
