import type { places } from '../modules/places/places.tables.js';
import { exonymsByGeonamesId } from '../core/names/exonyms.js';
import { demoId } from './demo-id.js';
import { withCountryAliases } from '../core/names/country-aliases.js';

type PlaceSeed = Omit<typeof places.$inferInsert, 'workspaceId'>;

interface PlaceFacts {
  key: string;
  kind: PlaceSeed['kind'];
  parent?: string;
  name: string;
  names: Record<string, string>;
  aliases?: string[];
  country: string;
  isoCode?: string;
  geonamesId?: number;
  population?: number;
  at?: [latitude: number, longitude: number];
}

const place = (facts: PlaceFacts): PlaceSeed => ({
  id: demoId(`place:${facts.key}`),
  visibility: 'public',
  kind: facts.kind,
  parentId: facts.parent ? demoId(`place:${facts.parent}`) : null,
  name: facts.name,
  names: facts.names,
  // The curated exonyms of the town (Kijów, Lemberg, Karl-Marx-Stadt …) make the demo's towns as findable as the gazetteer's.
  aliases: withCountryAliases(facts.kind === 'country' ? facts.isoCode : null, [
    ...new Set([...(facts.aliases ?? []), ...(facts.geonamesId ? (exonymsByGeonamesId.get(facts.geonamesId)?.aliases ?? []) : [])]),
  ]),
  countryCode: facts.country,
  isoCode: facts.isoCode ?? null,
  geonamesId: facts.geonamesId ?? null,
  population: facts.population ?? null,
  latitude: facts.at?.[0] ?? null,
  longitude: facts.at?.[1] ?? null,
});

const municipality = (
  key: string,
  country: string,
  parent: string | undefined,
  names: { local: string; de: string; en: string; uk: string },
  geonamesId: number | undefined,
  population: number,
  at: [number, number],
  aliases: string[] = [],
) =>
  place({
    key,
    kind: 'municipality',
    parent,
    name: names.local,
    names: { de: names.de, en: names.en, uk: names.uk },
    aliases,
    country,
    geonamesId,
    population,
    at,
  });

export const demoPlaces: PlaceSeed[] = [
  place({ key: 'de', kind: 'country', name: 'Deutschland', names: { de: 'Deutschland', en: 'Germany', uk: 'Німеччина' }, country: 'DE', isoCode: 'DE' }),
  place({ key: 'ua', kind: 'country', name: 'Україна', names: { de: 'Ukraine', en: 'Ukraine', uk: 'Україна' }, country: 'UA', isoCode: 'UA' }),
  place({ key: 'xk', kind: 'country', name: 'Kosova', names: { de: 'Kosovo', en: 'Kosovo', uk: 'Косово', sq: 'Kosova', sr: 'Kosovo' }, country: 'XK', isoCode: 'XK' }),
  place({ key: 'za', kind: 'country', name: 'South Africa', names: { de: 'Südafrika', en: 'South Africa', uk: 'Південно-Африканська Республіка' }, country: 'ZA', isoCode: 'ZA' }),
  place({ key: 'us', kind: 'country', name: 'United States', names: { de: 'Vereinigte Staaten', en: 'United States', uk: 'Сполучені Штати Америки' }, country: 'US', isoCode: 'US' }),
  place({ key: 'in', kind: 'country', name: 'भारत', names: { de: 'Indien', en: 'India', uk: 'Індія' }, country: 'IN', isoCode: 'IN' }),
  place({ key: 'saxony', kind: 'state', parent: 'de', name: 'Sachsen', names: { de: 'Sachsen', en: 'Saxony', uk: 'Саксонія' }, country: 'DE', isoCode: 'DE-SN' }),
  place({ key: 'bavaria', kind: 'state', parent: 'de', name: 'Bayern', names: { de: 'Bayern', en: 'Bavaria', uk: 'Баварія' }, country: 'DE', isoCode: 'DE-BY' }),
  place({ key: 'nrw', kind: 'state', parent: 'de', name: 'Nordrhein-Westfalen', names: { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia', uk: 'Північний Рейн-Вестфалія' }, country: 'DE', isoCode: 'DE-NW' }),

  municipality('leipzig', 'DE', 'saxony', { local: 'Leipzig', de: 'Leipzig', en: 'Leipzig', uk: 'Лейпциг' }, 2879139, 616_000, [51.33962, 12.37129]),
  municipality('kyiv', 'UA', 'ua', { local: 'Київ', de: 'Kiew', en: 'Kyiv', uk: 'Київ' }, 703448, 2_952_000, [50.45466, 30.5238], ['Kiew', 'Kiev', 'Kyjiw']),
  municipality('munich', 'DE', 'bavaria', { local: 'München', de: 'München', en: 'Munich', uk: 'Мюнхен' }, 2867714, 1_512_000, [48.13743, 11.57549]),
  municipality('nuremberg', 'DE', 'bavaria', { local: 'Nürnberg', de: 'Nürnberg', en: 'Nuremberg', uk: 'Нюрнберг' }, 2861650, 518_000, [49.45421, 11.07752]),
  municipality('berlin', 'DE', 'de', { local: 'Berlin', de: 'Berlin', en: 'Berlin', uk: 'Берлін' }, 2950159, 3_645_000, [52.52437, 13.41053]),
  municipality('eichenau', 'DE', 'bavaria', { local: 'Eichenau', de: 'Eichenau', en: 'Eichenau', uk: 'Айхенау' }, 2932382, 11_600, [48.16667, 11.31667]),
  municipality('gersthofen', 'DE', 'bavaria', { local: 'Gersthofen', de: 'Gersthofen', en: 'Gersthofen', uk: 'Герстгофен' }, 2920891, 23_000, [48.42432, 10.87273]),
  municipality('cologne', 'DE', 'nrw', { local: 'Köln', de: 'Köln', en: 'Cologne', uk: 'Кельн' }, 2886242, 1_084_000, [50.93333, 6.95]),
  municipality('pristina', 'XK', 'xk', { local: 'Prishtinë', de: 'Pristina', en: 'Pristina', uk: 'Приштина' }, 786714, 217_000, [42.67272, 21.16688], ['Priština', 'Prishtina']),
  municipality('drenas', 'XK', 'xk', { local: 'Drenas', de: 'Drenas', en: 'Drenas', uk: 'Дренас' }, 790701, 58_500, [42.62833, 20.89389], ['Gllogoc', 'Glogovac', 'Глоговац']),

  municipality('sambir', 'UA', 'ua', { local: 'Самбір', de: 'Sambir', en: 'Sambir', uk: 'Самбір' }, 694864, 34_500, [49.5183, 23.19752]),
  municipality('sumy', 'UA', 'ua', { local: 'Суми', de: 'Sumy', en: 'Sumy', uk: 'Суми' }, 692194, 256_000, [50.9216, 34.80029]),
  municipality('brovary', 'UA', 'ua', { local: 'Бровари', de: 'Browary', en: 'Brovary', uk: 'Бровари' }, 711390, 109_000, [50.51809, 30.80671]),
  municipality('lutsk', 'UA', 'ua', { local: 'Луцьк', de: 'Luzk', en: 'Lutsk', uk: 'Луцьк' }, 702569, 213_000, [50.75932, 25.34244], ['Lutzk']),
  municipality('vinnytsia', 'UA', 'ua', { local: 'Вінниця', de: 'Winnyzja', en: 'Vinnytsia', uk: 'Вінниця' }, 689558, 370_000, [49.23278, 28.48097], ['Winniza', 'Vinnitsa']),
  municipality('trostianets', 'UA', 'ua', { local: 'Тростянець', de: 'Trostjanez', en: 'Trostianets', uk: 'Тростянець' }, 691255, 19_000, [50.4747, 34.9622], ['Trostyanets']),
  municipality('berezhany', 'UA', 'ua', { local: 'Бережани', de: 'Bereschany', en: 'Berezhany', uk: 'Бережани' }, undefined, 17_500, [49.4474, 24.9367]),
  municipality('zbarazh', 'UA', 'ua', { local: 'Збараж', de: 'Sbarasch', en: 'Zbarazh', uk: 'Збараж' }, 687455, 13_500, [49.66357, 25.77616]),
  municipality('mykolaiv', 'UA', 'ua', { local: 'Миколаїв', de: 'Mykolajiw', en: 'Mykolaiv', uk: 'Миколаїв' }, 700569, 470_000, [46.96591, 31.9974], ['Nikolajew', 'Mykolayiv']),
  municipality('melitopol', 'UA', 'ua', { local: 'Мелітополь', de: 'Melitopol', en: 'Melitopol', uk: 'Мелітополь' }, 701404, 150_000, [46.84891, 35.36533]),
  municipality('novovolynsk', 'UA', 'ua', { local: 'Нововолинськ', de: 'Nowowolynsk', en: 'Novovolynsk', uk: 'Нововолинськ' }, 699035, 51_000, [50.7259, 24.1611]),

  municipality('glauchau', 'DE', 'saxony', { local: 'Glauchau', de: 'Glauchau', en: 'Glauchau', uk: 'Глаухау' }, 2920020, 22_000, [50.81987, 12.54493]),
  municipality('chemnitz', 'DE', 'saxony', { local: 'Chemnitz', de: 'Chemnitz', en: 'Chemnitz', uk: 'Хемніц' }, 2940132, 248_000, [50.8357, 12.92922]),
  municipality('dresden', 'DE', 'saxony', { local: 'Dresden', de: 'Dresden', en: 'Dresden', uk: 'Дрезден' }, 2935022, 563_000, [51.05089, 13.73832]),
  municipality('zwickau', 'DE', 'saxony', { local: 'Zwickau', de: 'Zwickau', en: 'Zwickau', uk: 'Цвіккау' }, 2803560, 87_000, [50.72724, 12.48839]),
  municipality('plauen', 'DE', 'saxony', { local: 'Plauen', de: 'Plauen', en: 'Plauen', uk: 'Плауен' }, 2853292, 64_000, [50.4973, 12.13782]),
  municipality('goerlitz', 'DE', 'saxony', { local: 'Görlitz', de: 'Görlitz', en: 'Görlitz', uk: 'Ґерліц' }, 2918987, 56_000, [51.15518, 14.98853]),
  municipality('bautzen', 'DE', 'saxony', { local: 'Bautzen', de: 'Bautzen', en: 'Bautzen', uk: 'Баутцен' }, 2951881, 38_000, [51.18035, 14.43494]),
  municipality('riesa', 'DE', 'saxony', { local: 'Riesa', de: 'Riesa', en: 'Riesa', uk: 'Різа' }, 2846939, 30_000, [51.30777, 13.29168]),
  municipality('freiberg', 'DE', 'saxony', { local: 'Freiberg', de: 'Freiberg', en: 'Freiberg', uk: 'Фрайберг' }, 2925192, 40_000, [50.91089, 13.33881]),
  municipality('pirna', 'DE', 'saxony', { local: 'Pirna', de: 'Pirna', en: 'Pirna', uk: 'Пірна' }, 2853572, 39_000, [50.95843, 13.93702]),

  place({ key: 'gruenau', kind: 'district', parent: 'leipzig', name: 'Grünau', names: { de: 'Leipzig-Grünau', en: 'Leipzig-Grünau', uk: 'Лейпциг-Грюнау' }, aliases: ['Gruenau'], country: 'DE', population: 43_000, at: [51.3203, 12.2833] }),
  place({ key: 'darnytskyi', kind: 'district', parent: 'kyiv', name: 'Дарницький район', names: { de: 'Kiew-Darnyzkyj', en: 'Darnytskyi District', uk: 'Дарницький район' }, aliases: ['Darnitskij', 'Darnyzkyj', 'Darnytsky', 'Darnitsa'], country: 'UA', population: 330_000, at: [50.4083, 30.6389] }),
  place({ key: 'leipziger-osten', kind: 'quarter', parent: 'leipzig', name: 'Leipziger Osten', names: { de: 'Leipziger Osten', en: 'Leipzig East', uk: 'Східний Лейпциг' }, country: 'DE', at: [51.3448, 12.4103] }),
  // Further Leipzig quarters, candidate areas of the pilot project's area monitoring.
  place({ key: 'leipzig-schoenefeld', kind: 'quarter', parent: 'leipzig', name: 'Schönefeld', names: { de: 'Leipzig-Schönefeld', en: 'Leipzig-Schönefeld', uk: 'Лейпциг-Шенефельд' }, aliases: ['Schoenefeld'], country: 'DE', at: [51.3641, 12.4153] }),
  place({ key: 'leipzig-paunsdorf', kind: 'quarter', parent: 'leipzig', name: 'Paunsdorf', names: { de: 'Leipzig-Paunsdorf', en: 'Leipzig-Paunsdorf', uk: 'Лейпциг-Паунсдорф' }, country: 'DE', at: [51.3472, 12.4646] }),
  place({ key: 'leipzig-mockau', kind: 'quarter', parent: 'leipzig', name: 'Mockau', names: { de: 'Leipzig-Mockau', en: 'Leipzig-Mockau', uk: 'Лейпциг-Мокау' }, country: 'DE', at: [51.3795, 12.4072] }),
  place({ key: 'leipzig-lindenau', kind: 'quarter', parent: 'leipzig', name: 'Lindenau', names: { de: 'Leipzig-Lindenau', en: 'Leipzig-Lindenau', uk: 'Лейпциг-Лінденау' }, country: 'DE', at: [51.3386, 12.3337] }),
  place({ key: 'unterstadt-mulde', kind: 'quarter', parent: 'glauchau', name: 'Unterstadt-Mulde', names: { de: 'Unterstadt-Mulde', en: 'Lower Town – Mulde', uk: 'Унтерштадт-Мульде' }, country: 'DE', at: [50.8176, 12.5385] }),
  place({ key: 'scherberg', kind: 'quarter', parent: 'glauchau', name: 'Scherberg-Nördliche Innenstadt', names: { de: 'Scherberg-Nördliche Innenstadt', en: 'Scherberg – northern centre', uk: 'Шерберг – північний центр' }, country: 'DE', at: [50.8235, 12.5462] }),
];
