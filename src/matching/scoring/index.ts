/** The matching scorer's public surface: plain facts in, score and explanation out. No Nest, no I/O. */
export * from './match-facts';
export { MATCH_WEIGHTS, MATCH_FACTORS, type MatchFactor } from './match-weights';
export { scoreMatch } from './score-match';
export { BORDER_DISTRICTS, SAXON_DISTRICTS, districtOf, findSaxonMunicipality, type SaxonDistrict } from './saxon-districts';
