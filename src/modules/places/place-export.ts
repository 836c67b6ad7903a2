import type { CsvColumn } from '../../core/csv/csv-export.js';
import { columnLabel, countryName, valueLabel } from '../../core/export/export-labels.js';
import type { ExportLanguage } from '../../core/export/export-language.js';
import { localNumber } from '../../core/export/export-numbers.js';
import type { ServiceContext } from '../../core/service-context.js';
import { nameInLanguage } from '../../core/text/name-in-language.js';
import type { PlaceRef, PlaceSummary } from './places.schemas.js';
import { placeRefsByIds } from './places.service.js';

export interface ExportedPlace {
  place: PlaceSummary;
  /** The place above, when the viewer may see it. */
  parent: PlaceRef | undefined;
}

/** Each page of places with the places above them, so the file names them instead of giving ids. */
export async function* withParents(ctx: ServiceContext, pages: AsyncIterable<PlaceSummary[]>): AsyncGenerator<ExportedPlace[]> {
  for await (const page of pages) {
    const parents = await placeRefsByIds(ctx, page.map((place) => place.parentId));
    yield page.map((place) => ({ place, parent: place.parentId ? parents.get(place.parentId) : undefined }));
  }
}

/** The place list in the reader's language: kinds and countries by name, numbers in the local format, the place above by name. */
export function placeColumns(language: ExportLanguage): CsvColumn<ExportedPlace>[] {
  const header = (key: Parameters<typeof columnLabel>[0]) => columnLabel(key, language);
  return [
    { header: header('name'), value: ({ place }) => nameInLanguage(place.names, place.name, language) },
    { header: header('kind'), value: ({ place }) => valueLabel('enums.placeKind', place.kind, language) },
    { header: header('name_de'), value: ({ place }) => place.names.de },
    { header: header('name_en'), value: ({ place }) => place.names.en },
    { header: header('name_uk'), value: ({ place }) => place.names.uk },
    { header: header('country'), value: ({ place }) => countryName(place.countryCode, language) },
    { header: header('parent'), value: ({ parent }) => (parent ? nameInLanguage(parent.names, parent.name, language) : '') },
    { header: header('population'), value: ({ place }) => localNumber(place.population, language, 0) },
    { header: header('latitude'), value: ({ place }) => localNumber(place.latitude, language) },
    { header: header('longitude'), value: ({ place }) => localNumber(place.longitude, language) },
    { header: header('geonames_id'), value: ({ place }) => place.geonamesId },
    { header: header('visibility'), value: ({ place }) => valueLabel('enums.visibility', place.visibility, language) },
  ];
}
