/**
 * The matching scorer's public surface: plain facts in, score and explanation out. No Nest, and no I/O while
 * scoring (saxon-districts.ts reads its data file once, when it loads).
 */
export * from './match-facts';
export { MATCH_WEIGHTS, MATCH_FACTORS, type MatchFactor } from './match-weights';
export { scoreMatch } from './score-match';
export { BORDER_DISTRICTS, SAXON_DISTRICTS, districtOf, findSaxonMunicipality, type SaxonDistrict } from './saxon-districts';
