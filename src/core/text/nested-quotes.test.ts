import { describe, expect, it } from 'vitest';
import { nestQuotes } from './nested-quotes.js';

describe('quotation marks inside quotation marks', () => {
  it('gives a quoted title that carries its own marks the inner marks of the language', () => {
    expect(nestQuotes('„Sanierung „Alte Schule““ bearbeiten', 'de')).toBe('„Sanierung ‚Alte Schule‘“ bearbeiten');
    expect(nestQuotes('Редагувати «Ремонт «Стара школа»»', 'uk')).toBe('Редагувати «Ремонт „Стара школа“»');
    expect(nestQuotes('Edit “Renovating “Old School””', 'en')).toBe('Edit “Renovating ‘Old School’”');
  });

  it('leaves single quotations, unbalanced marks and other languages as they are', () => {
    expect(nestQuotes('„Alte Schule“ bearbeiten', 'de')).toBe('„Alte Schule“ bearbeiten');
    expect(nestQuotes('Schule“ und „Hof', 'de')).toBe('Schule“ und „Hof');
    expect(nestQuotes('«A «B»»', 'fr')).toBe('«A «B»»');
  });

});
