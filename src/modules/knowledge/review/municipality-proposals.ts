import { validationFailed } from '../../../core/errors.js';
import { gazetteerPlace, resolvePlace } from '../../places/places.service.js';
import type { PlaceSummary } from '../../places/places.schemas.js';
import { candidateOf, numberOf, placeOfTown, sendsDelegation, type ProposalKind } from './proposal-kind.js';
import { addDelegation } from './report-exchange.js';

const placeDetail = (place: PlaceSummary) => [place.countryCode, place.population ? `${place.population.toLocaleString('en')} inhabitants` : null].filter(Boolean).join(', ') || null;

/** A town the document names: linked to its place, which accepting loads from the gazetteer if need be; a town that sent people becomes a delegation to the exchange of the report. */
export const municipalityProposals: ProposalKind = {
  async suggest(ctx, row) {
    const proposal = row.proposal;
    const geonamesId = numberOf(proposal.geonamesId);
    const found = geonamesId === null ? null : await resolvePlace(ctx, { geonamesId });
    if (found && 'place' in found) {
      const place = found.place;
      return { action: 'link', recordId: place.id, candidates: [candidateOf('place', { id: place.id, title: { und: place.name, ...place.names } }, 1, placeDetail(place), { countryCode: place.countryCode, population: place.population })], problem: null, role: null };
    }
    // Not loaded yet: accepting loads the town from the bundled gazetteer.
    return { action: 'link', recordId: null, candidates: [], problem: null, role: null };
  },
  async carryOut({ ctx, system, row, input, accepted }) {
    const proposal = row.proposal;
    let placeId = input.recordId ?? null;
    let loaded = false;
    if (!placeId) {
      const geonamesId = numberOf(proposal.geonamesId);
      const known = await placeOfTown(ctx, geonamesId);
      const place = known ?? (geonamesId !== null ? await gazetteerPlace(ctx, system, geonamesId) : null);
      loaded = !known && place !== null;
      if (!place) throw validationFailed([{ field: 'body.recordId', code: 'choose_record', message: 'the town is not in the gazetteer; choose the place to link' }]);
      placeId = place.id;
    }
    if (sendsDelegation(proposal)) await addDelegation(ctx, accepted.exchange, placeId);
    return { recordType: 'place', recordId: placeId, decision: { placeId, loadedFromGazetteer: loaded } };
  },
};
