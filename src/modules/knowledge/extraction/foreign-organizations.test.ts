import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReport } from './extraction.service.js';
import { ukrainianNominative } from './foreign-organizations.js';
import { organizationKey } from './organizations.js';

/** Ukrainian designations with the forms a grammar gives them: nominative, genitive, dative, instrumental. */
const DESIGNATIONS: { forms: [string, string, string, string] }[] = [
  { forms: ['Вінницька міська рада', 'Вінницької міської ради', 'Вінницькій міській раді', 'Вінницькою міською радою'] },
  { forms: ['Бучанська територіальна громада', 'Бучанської територіальної громади', 'Бучанській територіальній громаді', 'Бучанською територіальною громадою'] },
  { forms: ['Харківська обласна військова адміністрація', 'Харківської обласної військової адміністрації', 'Харківській обласній військовій адміністрації', 'Харківською обласною військовою адміністрацією'] },
  { forms: ['Асоціація міст України', 'Асоціації міст України', 'Асоціації міст України', 'Асоціацією міст України'] },
  { forms: ['Міністерство розвитку громад та територій України', 'Міністерства розвитку громад та територій України', 'Міністерству розвитку громад та територій України', 'Міністерством розвитку громад та територій України'] },
  { forms: ['Державне агентство відновлення', 'Державного агентства відновлення', 'Державному агентству відновлення', 'Державним агентством відновлення'] },
];

describe('Ukrainian and other foreign town administrations', () => {
  it('brings every case form of a Ukrainian designation to its nominative, with the same key', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DESIGNATIONS), fc.integer({ min: 0, max: 3 }), ({ forms }, form) => {
        expect(ukrainianNominative(forms[form]!)).toBe(forms[0]);
        expect(organizationKey(forms[form]!)).toBe(organizationKey(forms[0]));
      }),
    );
  });

  it('finds a council, a community and a state administration in a Ukrainian report', () => {
    const { organizations } = extractReport(
      'Представники Київської міської державної адміністрації та Бучанської територіальної громади зустрілися з делегацією Вінницької міської ради у Львові.',
    );
    expect(organizations.map((organization) => organization.name)).toEqual(
      expect.arrayContaining(['Київська міська державна адміністрація', 'Бучанська територіальна громада', 'Вінницька міська рада']),
    );
  });

  it('finds town halls named in their own language in an English report', () => {
    const { organizations } = extractReport('Staff of the Comune di Bologna, the Ville de Lyon and the Urząd Miasta Lublin met in Brussels.');
    expect(organizations).toEqual(
      expect.arrayContaining(['Comune di Bologna', 'Ville de Lyon', 'Urząd Miasta Lublin'].map((name) => expect.objectContaining({ name, kind: 'municipal_office' }))),
    );
  });

  it('finds Ukrainian names by their head and complement, enterprises by legal form and utilities by their brand, in the nominative', () => {
    const { organizations } = extractReport(
      'Семінар організували Фонд енергоефективності та фахівці комунального підприємства «Житомирводоканал». Виступили експерти Київської школи економіки, представники Німецько-української енергетичної агенції та Управління доріг та мостів міста Люблін. Приїхали також інженери Lvivteploenergo і MPK Lublin.',
    );
    expect(organizations.map((organization) => organization.name)).toEqual(
      expect.arrayContaining(['Фонд енергоефективності', 'Житомирводоканал', 'Київська школа економіки', 'Німецько-українська енергетична агенція', 'Управління доріг та мостів міста Люблін', 'Lvivteploenergo', 'MPK Lublin']),
    );
    expect(organizations.find((organization) => organization.name === 'Київська школа економіки')?.kind).toBe('university');
  });

  it('keeps an owner, a building and a name given in brackets apart from the organisation', () => {
    const { organizations } = extractReport(
      "The forum opened at the Tbilisi City Hall. The European Commission's Directorate-General for Energy met the Association of Bavarian Municipalities (Bayerischer Gemeindetag) and Timișoara City Hall.",
    );
    const names = organizations.map((organization) => organization.name);
    expect(names).toEqual(expect.arrayContaining(['European Commission', 'Directorate-General for Energy', 'Association of Bavarian Municipalities', 'Timișoara City Hall']));
    expect(names).not.toContain('Tbilisi City Hall');
    expect(names).not.toContain('Bayerischer Gemeindetag');
    expect(organizations.find((organization) => organization.name === 'Association of Bavarian Municipalities')?.shortName).toBe('Bayerischer Gemeindetag');
  });
});
