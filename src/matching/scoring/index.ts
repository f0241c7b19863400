/** The matching scorer's public surface: plain facts in, score and explanation out. No Nest, no I/O. */
export * from './match-facts';
export { MATCH_WEIGHTS, MATCH_FACTORS, type MatchFactor } from './match-weights';
export { scoreMatch } from './score-match';
export {
  BLUE_CARD_SHORTAGE_ISCO_GROUPS,
  annualSalaryCents,
  blueCardSalaryWarning,
  isShortageOccupation,
  thresholdInForce,
} from './work-permit-route';
export { BORDER_DISTRICTS, SAXON_DISTRICTS, districtOf, findSaxonMunicipality, type SaxonDistrict } from './saxon-districts';
