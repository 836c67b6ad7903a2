import { z } from 'zod';
import { EXPORT_LANGUAGES } from './export-language.js';

/** `?lang=` of every export: the language of headers, labels, dates and the file name. */
export const exportLanguageShape = {
  lang: z.enum(EXPORT_LANGUAGES).optional().describe('Language of headers, labels, dates and file name (default: the browser’s language, else German)'),
};
