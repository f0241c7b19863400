/** How many documents one retrieval request (one cell, or one side of candidate → offers) may fetch. */
export const MATCH_RETRIEVAL_CAP = Symbol('MATCH_RETRIEVAL_CAP');
export const DEFAULT_MATCH_RETRIEVAL_CAP = 500;
/** What a retrieval reads of each document: the id and the facts matching scores on. */
export const RETRIEVED_ATTRIBUTES = ['id', 'matchFacts'];
/** The page is confirmed from PostgreSQL with this many beyond it, so that one hidden meanwhile rarely costs a second read. */
export const CONFIRM_SLACK = 5;
