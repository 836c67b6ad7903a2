/** A LIKE pattern for text containing `text`, lower-cased, with LIKE's own characters escaped. */
export const likeContains = (text: string): string => `%${text.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
