import type { PostProcessorModule } from 'i18next';
import { nestQuotes } from '../../../src/core/text/nested-quotes';

/** Runs after interpolation, so it sees the quoted name inside the sentence. */
export const nestedQuotesPostProcessor: PostProcessorModule = {
  type: 'postProcessor',
  name: 'nestedQuotes',
  process: (value: string, _key: unknown, options: { lng?: string }, translator: { language?: string }) =>
    typeof value === 'string' ? nestQuotes(value, options.lng ?? translator.language ?? '') : value,
};
