/**
 * The names people type for a country besides its names in German, English and Ukrainian: short
 * and long forms and abbreviations, in those three languages and the country's own. A country
 * record carries them as aliases, so pickers and search find it by any of them.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['USA', 'US', 'U.S.A.', 'U.S.', 'Vereinigte Staaten', 'Vereinigte Staaten von Amerika', 'United States', 'United States of America', 'Amerika', 'America', 'США', 'Сполучені Штати', 'Сполучені Штати Америки', 'Америка'],
  GB: ['UK', 'U.K.', 'United Kingdom', 'Great Britain', 'Britain', 'Großbritannien', 'Vereinigtes Königreich', 'Britannien', 'Велика Британія', 'Великобританія', 'Сполучене Королівство', 'Об’єднане Королівство'],
  XK: ['Kosovo', 'Kosova', 'Republic of Kosovo', 'Republik Kosovo', 'Republika e Kosovës', 'Republika Kosovo', 'Косово', 'Республіка Косово'],
  UA: ['Ukraine', 'Ukrajina', 'Ukraina', 'Україна', 'Украина', 'Ukrainische Republik', 'Republik Ukraine'],
  DE: ['Germany', 'Deutschland', 'BRD', 'Bundesrepublik Deutschland', 'Federal Republic of Germany', 'Німеччина', 'ФРН', 'Федеративна Республіка Німеччина'],
  RU: ['Russland', 'Russia', 'Russische Föderation', 'Russian Federation', 'Росія', 'Російська Федерація'],
  MD: ['Moldau', 'Moldawien', 'Republik Moldau', 'Moldova', 'Republic of Moldova', 'Молдова', 'Республіка Молдова'],
  ZA: ['Südafrika', 'South Africa', 'RSA', 'Republic of South Africa', 'Republik Südafrika', 'ПАР', 'Південна Африка', 'Південно-Африканська Республіка'],
  IN: ['Indien', 'India', 'Republic of India', 'Republik Indien', 'Bharat', 'Індія', 'Республіка Індія'],
  NL: ['Niederlande', 'Holland', 'Netherlands', 'Нідерланди', 'Голландія'],
  CZ: ['Tschechien', 'Tschechische Republik', 'Czechia', 'Czech Republic', 'Чехія'],
};

/** A country's aliases joined to the ones it has, each once. */
export function withCountryAliases(isoCode: string | null | undefined, aliases: readonly string[]): string[] {
  const extra = isoCode ? (COUNTRY_ALIASES[isoCode] ?? []) : [];
  return [...new Set([...aliases, ...extra])];
}
