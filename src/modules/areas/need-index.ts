import type { IndicatorDirection } from './areas.tables.js';

export interface NeedIndicator {
  id: string;
  direction: IndicatorDirection;
  weight: number;
}

export interface RankedArea {
  placeId: string;
  /** Weighted mean of the area's standardised scores (higher = more need); null without any value. */
  score: number | null;
  /** 1 = most need; areas with equal scores share a rank (1, 2, 2, 4). */
  rank: number | null;
  /** Per indicator: the value, its z-score, and the score after applying the direction. */
  components: { indicatorId: string; value: number; z: number; score: number }[];
  missing: string[];
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The composite need index. Each indicator is standardised over the areas that have a value
 * (z = (x − mean) / standard deviation, the population standard deviation; 0 when all values are
 * equal), turned so that higher means more need (× −1 where higher is better), and the composite
 * is the weighted mean over the indicators the area has values for. Areas are ranked by it.
 */
export function computeNeedIndex(placeIds: string[], indicators: NeedIndicator[], values: Map<string, Map<string, number>>): RankedArea[] {
  const stats = new Map<string, { mean: number; sd: number }>();
  for (const indicator of indicators) {
    const present = placeIds.flatMap((placeId) => {
      const value = values.get(placeId)?.get(indicator.id);
      return value === undefined ? [] : [value];
    });
    if (present.length === 0) continue;
    const average = mean(present);
    const sd = Math.sqrt(mean(present.map((value) => (value - average) ** 2)));
    stats.set(indicator.id, { mean: average, sd });
  }
  const areas: RankedArea[] = placeIds.map((placeId) => {
    const components: RankedArea['components'] = [];
    const missing: string[] = [];
    let weighted = 0;
    let weights = 0;
    for (const indicator of indicators) {
      const value = values.get(placeId)?.get(indicator.id);
      const stat = stats.get(indicator.id);
      if (value === undefined || !stat) {
        missing.push(indicator.id);
        continue;
      }
      const z = stat.sd === 0 ? 0 : (value - stat.mean) / stat.sd;
      const score = indicator.direction === 'higher_is_better' ? -z : z;
      components.push({ indicatorId: indicator.id, value, z, score });
      if (indicator.weight > 0) {
        weighted += indicator.weight * score;
        weights += indicator.weight;
      }
    }
    return { placeId, score: weights > 0 ? weighted / weights : null, rank: null, components, missing };
  });
  const scored = areas.filter((area) => area.score !== null).sort((a, b) => b.score! - a.score!);
  scored.forEach((area, index) => {
    const previous = scored[index - 1];
    area.rank = previous && Math.abs(previous.score! - area.score!) < 1e-9 ? previous.rank : index + 1;
  });
  return [...scored, ...areas.filter((area) => area.score === null)];
}
