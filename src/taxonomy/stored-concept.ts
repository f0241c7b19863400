/**
 * A skill or occupation as an offer or a profile stores it: the ESCO concept
 * the taxonomy resolved it to (`escoUri`, with its English preferred label),
 * or the employer's or candidate's own words (`escoUri` null).
 */
export interface StoredConcept {
  label: string;
  escoUri: string | null;
}
