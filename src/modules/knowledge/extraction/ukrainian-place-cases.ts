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
  // Nouns first: "Луцьку" is Луцьк, not an adjective.
  for (const ending of ['ові', 'еві', 'єві', 'ому', 'ого', 'ом', 'ем', 'єм', 'ою', 'ею', 'єю', 'у', 'ю', 'а', 'я', 'і', 'ї', 'и', 'е', 'є']) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    if (ending === 'ому' || ending === 'ого') add(`${stem}е`);
    // Тернополі → Тернопіль, Львові → Львів, Харкова → Харків: the Ukrainian nominative before a Russian-looking stem.
    if (stem.endsWith('л')) add(`${withAlternation(stem)}ь`);
    add(withAlternation(stem));
    add(stem);
    ['а', 'я', 'о', 'е', 'ь', 'ія', 'і'].forEach((nominative) => add(stem + nominative));
  }
  const adjective = /^(\p{Lu}\p{L}+?)(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими)$/u.exec(word);
  if (adjective) {
    const stem = adjective[1]!;
    if (/цьк/u.test(word)) ['ця', 'ці', 'к', 'ка'].forEach((ending) => add(stem + ending, true));
    add(stem, true);
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
