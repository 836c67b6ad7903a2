import { describe, expect, it } from 'vitest';
import { titleOf } from './documents.service.js';

describe('the title taken from a document text', () => {
  it('is the headline as written, with its dashes', () => {
    expect(titleOf('Grünau – Darnyzkyj: drei Besuche\n\nIm Mai 2018 kam die erste Delegation nach Leipzig.')).toBe('Grünau – Darnyzkyj: drei Besuche');
  });

  it('leaves out the marks of a Markdown heading', () => {
    expect(titleOf('# Study visit to Vinnytsia\n\nOn 5-7 June 2024 a delegation from Glauchau visited Vinnytsia.')).toBe('Study visit to Vinnytsia');
    expect(titleOf('## Netzwerktreffen in Luzk ##\n\nDas Treffen fand im Rathaus statt.')).toBe('Netzwerktreffen in Luzk');
  });
});
