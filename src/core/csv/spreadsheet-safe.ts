/**
 * Spreadsheet programs run a cell that starts with one of these as a formula (OWASP "CSV
 * injection"); tab and carriage return are on the list as some programs skip them first.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const QUOTED_FORMULA_START = /^'[=+\-@\t\r]/;

/** A text cell as a spreadsheet shows it but never runs it: `=HYPERLINK(…)` becomes `'=HYPERLINK(…)`. */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Undoes spreadsheetSafe when a file we exported comes back as an import, so a round trip keeps
 * the text as it was. Only a quote before a formula character is removed: `'s-Hertogenbosch` stays.
 */
export function withoutSpreadsheetQuote(text: string): string {
  return QUOTED_FORMULA_START.test(text) ? text.slice(1) : text;
}
