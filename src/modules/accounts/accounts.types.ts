/** The languages of the interface, which other modules write mail and exports in. */
export { UI_LANGUAGES, type UiLanguage } from './users.tables.js';
