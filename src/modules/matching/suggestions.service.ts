import type { ServiceContext } from '../../core/service-context.js';
import { placeRefsByIds } from '../places/places.service.js';
import { themeRefsByIds } from '../themes/themes.service.js';
import { presentItem, presentProfileSummary } from './matching.presenter.js';
import { findItemRowsByIds, findProfileRowsByIds } from './matching.repository.js';
import type { Suggestion, SuggestionQuery, SuggestionReason } from './matching.schemas.js';
import { profileReferences, readableProfile } from './matching.service.js';
import { rankSuggestions, type SuggestionRow } from './suggestions.repository.js';
import { notFound } from '../../core/errors.js';
import type { LocalizedText } from '../../core/db/columns.js';

/** Below this a size comparison or a text likeness is not worth a reason. */
const SIMILAR_SIZE = 0.5;
const SIMILAR_TEXT = 0.15;
const ROUNDING = 100;

interface ReasonNames {
  themeName: (id: string | null) => LocalizedText | undefined;
  placeName: (id: string | null) => LocalizedText | undefined;
}

/** The reasons of one suggestion, strongest first, as codes with the values their sentences name. */
export function reasonsOf(row: SuggestionRow, names: ReasonNames): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  const offerTheme = names.themeName(row.offer_theme_id);
  if (row.offer_closeness >= 1 && offerTheme) reasons.push({ code: 'offers_needed_theme', params: { theme: offerTheme } });
  else if (row.offer_closeness > 0 && offerTheme) reasons.push({ code: 'offers_related_theme', params: { theme: offerTheme } });
  const expertiseTheme = names.themeName(row.expertise_theme_id);
  if (row.expertise_closeness > 0 && expertiseTheme) reasons.push({ code: 'expertise_in_theme', params: { theme: expertiseTheme } });
  if (row.text_similarity >= SIMILAR_TEXT) reasons.push({ code: 'similar_description', params: { percent: Math.round(row.text_similarity * ROUNDING) } });
  const [own, other] = [row.seeker_population, row.candidate_population];
  if (own && other && Math.min(own, other) / Math.max(own, other) >= SIMILAR_SIZE) reasons.push({ code: 'similar_size', params: { own, other } });
  if (row.shared_languages.length > 0) reasons.push({ code: 'shared_languages', params: { languages: row.shared_languages } });
  if (row.experience > 0) {
    reasons.push({ code: 'experience_on_theme', params: { count: row.experience, ...((offerTheme ?? expertiseTheme) ? { theme: (offerTheme ?? expertiseTheme)! } : {}) } });
  }
  const region = names.placeName(row.region_id);
  if (row.same_region && region) reasons.push({ code: 'same_region', params: { region } });
  if (row.distance_km !== null) reasons.push({ code: 'distance', params: { km: row.distance_km } });
  if (row.existing_partnership) reasons.push({ code: 'existing_partnership', params: {} });
  else {
    reasons.push({ code: 'no_existing_partnership', params: {} });
    const neighbour = names.placeName(row.neighbour_partner_id);
    if (neighbour) reasons.push({ code: 'partnered_with_neighbour', params: { place: neighbour } });
  }
  return reasons;
}

/** Ranked partners for a profile's needs, or for one need, with the reasons in codes. */
export async function suggestPartners(ctx: ServiceContext, profileId: string, query: SuggestionQuery): Promise<{ items: Suggestion[] }> {
  const seeker = await readableProfile(ctx, profileId);
  return ctx.transaction(async (tx, ctx) => {
    if (query.needId) {
      const [need] = await findItemRowsByIds(tx, [query.needId]);
      if (!need || need.profileId !== seeker.id || need.direction !== 'need') throw notFound('Need', query.needId);
    }
    const rows = await rankSuggestions(tx, ctx.viewer, seeker.id, query);
    const profiles = new Map((await findProfileRowsByIds(tx, ctx.viewer, rows.map((row) => row.profile_id))).map((row) => [row.id, row]));
    const offers = new Map((await findItemRowsByIds(tx, rows.flatMap((row) => row.offer_id ?? []))).map((row) => [row.id, row]));
    const themeIds = rows.flatMap((row) => [row.offer_theme_id, row.expertise_theme_id]).filter((id): id is string => id !== null);
    const refs = await profileReferences(ctx, [...profiles.values()], themeIds);
    const places = await placeRefsByIds(ctx, rows.flatMap((row) => [row.region_id, row.neighbour_partner_id]));
    const themes = await themeRefsByIds(ctx, themeIds);
    const names: ReasonNames = {
      themeName: (id) => (id ? themes.get(id)?.name : undefined),
      placeName: (id) => {
        const place = id ? places.get(id) : undefined;
        if (!place) return undefined;
        return Object.keys(place.names).length > 0 ? place.names : { und: place.name };
      },
    };
    return {
      items: rows.flatMap((row) => {
        const profile = profiles.get(row.profile_id);
        if (!profile) return [];
        const offer = row.offer_id ? offers.get(row.offer_id) : undefined;
        return [
          {
            profile: presentProfileSummary(profile, refs),
            score: Math.round(row.score * 1000) / 1000,
            offer: offer ? presentItem(offer, refs.themes) : null,
            reasons: reasonsOf(row, names),
          },
        ];
      }),
    };
  });
}
