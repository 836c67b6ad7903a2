import de from '../../../src/core/i18n/error-texts/de.json';
import en from '../../../src/core/i18n/error-texts/en.json';
import uk from '../../../src/core/i18n/error-texts/uk.json';

/**
 * The words for the API's field and problem codes, per UI language. The server answers in the same
 * words (per Accept-Language), so both come from one catalogue.
 */
export const ERROR_TEXTS = { de, en, uk } as const;
