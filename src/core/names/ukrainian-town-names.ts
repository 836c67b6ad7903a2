import data from './ukrainian-town-names.json' with { type: 'json' };
import { plainKey } from './name-keys.js';

/** Ukrainian names of towns outside Ukraine (Kraków → Краків): gazetteer name, country, Ukrainian spellings, the usual one first. */
export const UKRAINIAN_TOWN_NAMES = data.towns as [name: string, country: string, spellings: string[]][];

const byNameAndCountry = new Map(UKRAINIAN_TOWN_NAMES.map(([name, country, spellings]) => [`${country}:${plainKey(name)}`, spellings[0]!]));

/** The Ukrainian name of a town outside Ukraine by its gazetteer name and country, when Ukrainian readers have one. */
export function ukrainianTownName(name: string, country: string): string | undefined {
  return byNameAndCountry.get(`${country}:${plainKey(name)}`);
}
