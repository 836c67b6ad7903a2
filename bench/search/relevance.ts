/** Graded relevance measures of one ranked list against the judgments (grades 0–3). */
export interface Relevance {
  ndcg: number;
  recall: number;
  reciprocalRank: number;
}

const gain = (grade: number) => 2 ** grade - 1;
const discount = (position: number) => Math.log2(position + 2);

/** nDCG@k (gain 2^grade − 1, log2 discount, ideal from the judgments), recall@k and reciprocal rank. */
export function relevanceAt(k: number, ranked: string[], judgments: Map<string, number>): Relevance {
  const top = ranked.slice(0, k);
  const dcg = top.reduce((sum, key, position) => sum + gain(judgments.get(key) ?? 0) / discount(position), 0);
  const ideal = [...judgments.values()]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, position) => sum + gain(grade) / discount(position), 0);
  const relevant = [...judgments.values()].filter((grade) => grade > 0).length;
  const found = top.filter((key) => (judgments.get(key) ?? 0) > 0).length;
  const first = ranked.findIndex((key) => (judgments.get(key) ?? 0) > 0);
  return { ndcg: ideal === 0 ? 0 : dcg / ideal, recall: relevant === 0 ? 0 : found / relevant, reciprocalRank: first === -1 ? 0 : 1 / (first + 1) };
}
