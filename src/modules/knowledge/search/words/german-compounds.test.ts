import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compoundPartsAsWritten, foldWord, hasPart, partRoot, splitCompound } from './german-compounds.js';

describe('German compound splitting', () => {
  it('splits compounds of the field into their parts', () => {
    expect(splitCompound('Städtepartnerschaft')).toEqual(['stadte', 'partnerschaft']);
    expect(splitCompound('Gemeinschaftsschule')).toEqual(['gemeinschafts', 'schule']);
    expect(splitCompound('Schulsanierung')).toEqual(['schul', 'sanierung']);
    expect(splitCompound('Trinkwasserversorgung')).toEqual(['trink', 'wasser', 'versorgung']);
    expect(splitCompound('trinkwasserversorg')).toEqual(['trink', 'wasser', 'versorg']);
    expect(splitCompound('Heizung')).toEqual(['heizung']);
    expect(splitCompound('Leipzig')).toEqual(['leipzig']);
  });

  it('gives the parts of a compound as they are written in it', () => {
    expect(compoundPartsAsWritten('Jugendaustausch')).toEqual(['Jugend', 'Austausch']);
    expect(compoundPartsAsWritten('Städtepartnerschaft')).toEqual(['Städte', 'Partnerschaft']);
    expect(compoundPartsAsWritten('energieeffizienz')).toEqual(['energie', 'effizienz']);
    expect(compoundPartsAsWritten('Heizung')).toEqual([]);
  });

  it('tells compounds that have a word as a part from those that only contain its letters', () => {
    expect(hasPart('schulsanierung', 'Schule')).toBe(true);
    expect(hasPart('gemeinschaftsschule', 'Schule')).toBe(true);
    expect(hasPart('schuldenbremse', 'Schule')).toBe(false);
    expect(hasPart('stadtteilpartnerschaft', 'Partnerschaft')).toBe(true);
    expect(hasPart('partnerschaft', 'Partnerschaft')).toBe(false);
    expect(hasPart('trinkwasserversorg', 'Versorgung', 'versorg')).toBe(true);
    expect(hasPart('luftwarmepumpe', 'Wärmepumpe')).toBe(true);
    expect(hasPart('warmepumpenanlage', 'Wärmepumpe')).toBe(true);
    expect(hasPart('luftwarmepump', 'Wärmepumpe', 'warmepump')).toBe(true);
    expect(hasPart('warmepumpe', 'Wärmepumpe')).toBe(false);
  });

  it('never throws, and its parts spell the folded word again', () => {
    const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöüß'.split(''));
    const pieces = fc.constantFrom('stadt', 'teil', 'partner', 'schaft', 'schul', 'wasser', 'versorgung', 'e', 's', 'en', 'bürger', 'haus');
    const words = fc.oneof(
      fc.string(),
      fc.array(letters, { maxLength: 40 }).map((chars) => chars.join('')),
      fc.array(pieces, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(words, (word) => {
        const parts = splitCompound(word);
        expect(parts.length).toBeGreaterThan(0);
        expect(parts.join('')).toBe(foldWord(word));
        if (parts.length > 1) for (const part of parts) expect(part.length).toBeGreaterThanOrEqual(3);
        expect(parts.every((part) => partRoot(part).length <= part.length)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
