import type { AppConfig } from '../core/config.js';
import { isCountryCode } from '../core/names/country-names.js';
import { loadGazetteer } from '../modules/places/gazetteer/gazetteer-import.js';
import { migrateDatabase } from '../core/db/migrate.js';
import { createProgress } from '../core/progress.js';
import { CommandError, withDatabase } from './database-commands.js';

/** Parses "DE,UA,XK"; names every code that is not ISO 3166-1 alpha-2. */
export function parseCountryList(value: string): string[] {
  const codes = value
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  const unknown = codes.filter((code) => !isCountryCode(code));
  if (codes.length === 0 || unknown.length > 0) {
    throw new CommandError(`--countries: ${unknown.length > 0 ? `unknown country code ${unknown.join(', ')}` : 'no country given'} (use ISO codes such as DE,UA,XK)`);
  }
  return codes;
}

export async function gazetteerLoadCommand(config: AppConfig, options: { countries?: string }): Promise<string> {
  const countryCodes = options.countries ? parseCountryList(options.countries) : undefined;
  return withDatabase(config, 'gazetteer:load', 'shared', async (database, logger) => {
    await migrateDatabase(database.pool, logger);
    const report = await loadGazetteer(database.db, { countryCodes, progress: createProgress('Loading gazetteer', 0) });
    const kept = report.municipalitiesKept > 0 ? `; ${report.municipalitiesKept} towns kept as other records hold them` : '';
    return `Gazetteer: ${report.countries} countries, ${report.municipalitiesWritten} towns written${kept}.`;
  });
}
