/** Each language's quotation marks, and the ones it uses for a quotation inside a quotation. */
const QUOTES: Record<string, { open: string; close: string; innerOpen: string; innerClose: string }> = {
  de: { open: '„', close: '“', innerOpen: '‚', innerClose: '‘' },
  uk: { open: '«', close: '»', innerOpen: '„', innerClose: '“' },
  en: { open: '“', close: '”', innerOpen: '‘', innerClose: '’' },
};

/**
 * A text quoting a name that carries its own quotation marks („Sanierung „Alte Schule““) gets
 * the inner marks of the language instead („Sanierung ‚Alte Schule‘“, «Ремонт „Стара школа“»).
 */
export function nestQuotes(text: string, language: string): string {
  const marks = QUOTES[language];
  if (!marks || !text.includes(marks.open)) return text;
  let depth = 0;
  let result = '';
  for (const character of text) {
    if (character === marks.open) {
      depth += 1;
      result += depth > 1 ? marks.innerOpen : character;
    } else if (character === marks.close && depth > 0) {
      result += depth > 1 ? marks.innerClose : character;
      depth -= 1;
    } else {
      result += character;
    }
  }
  return result;
}
