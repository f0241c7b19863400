/**
 * The matching scorer's public surface: plain facts in, score and explanation out. No Nest, and no I/O while
 * scoring (places/saxon-places.ts reads the official Saxon data once, when it loads).
 */
export * from './match-facts';
export { MATCH_WEIGHTS, MATCH_FACTORS, type MatchFactor } from './match-weights';
export {
  scoreMatch,
  skillsUpperBound,
  sketchUpperBound,
  sketchUpperBounder,
  sketchQuickUpperBound,
  offerSkillCoverageAtMost,
  type OfferSketch,
} from './score-match';
