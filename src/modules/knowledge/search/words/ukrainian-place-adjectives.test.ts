import { describe, expect, it } from 'vitest';
import { ukrainianPlaceAdjectiveForms, ukrainianPlaceAdjectives } from './ukrainian-forms.js';
import { kindNamedBy } from '../search-kinds.js';

describe('the adjective of a Ukrainian place name', () => {
  it('is made by the usual rule from the name in any case, and kept when the dictionary knows it', () => {
    expect(ukrainianPlaceAdjectives('Дарниці')).toEqual(['дарницький']);
    expect(ukrainianPlaceAdjectives('Полтаві')).toEqual(['полтавський']);
    expect(ukrainianPlaceAdjectives('Празі')).toEqual(['празький']);
    expect(ukrainianPlaceAdjectives('Одесі')).toEqual(['одеський']);
    expect(ukrainianPlaceAdjectiveForms('Дарниці')).toEqual(expect.arrayContaining(['дарницький', 'дарницького', 'дарницькому']));
  });

  it('is none for an ordinary word', () => {
    expect(ukrainianPlaceAdjectives('школі')).toEqual([]);
    expect(ukrainianPlaceAdjectives('партнерство')).toEqual([]);
  });
});

describe('the kind of record a query names', () => {
  it('is found in German, English and Ukrainian, singular or plural, and only for the whole query', () => {
    expect(kindNamedBy('partnerships')).toBe('partnership');
    expect(kindNamedBy('Partnerschaften')).toBe('partnership');
    expect(kindNamedBy('партнерства')).toBe('partnership');
    expect(kindNamedBy('Netzwerke')).toBe('network');
    expect(kindNamedBy('Action plans')).toBe('action_plan');
    expect(kindNamedBy('Partnerschaft Leipzig')).toBeUndefined();
    expect(kindNamedBy('Schule')).toBeUndefined();
  });
});
