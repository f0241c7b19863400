import type { MatchScore } from './scoring';

/** One scored pair before it is turned into an answer. */
export interface RankedId {
  id: string;
  score: number;
}

/** Best first; equal scores by id, so the order is deterministic. */
export const byScoreThenId = (a: RankedId, b: RankedId) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A scored pair with its score and explanation, before it is turned into an answer. */
export interface RankedMatch extends RankedId {
  result: MatchScore;
}
