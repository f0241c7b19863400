import { ErrorCategory } from './error-category';
import { httpStatusFor } from './http-status-for';

interface ErrorDefinition {
  /** Decides the HTTP status (httpStatusFor). */
  readonly category: ErrorCategory;
  /** One line for docs/errors.md and the OpenAPI description. */
  readonly meaning: string;
}

/**
 * Every `code` an error answer can carry, with its category (hence its status)
 * and what it means. This is the one list: a DomainError can only be built with
 * a code from here, its category (and status) comes from here, the exception
 * filter answers non-domain errors with codes from here, and specs check that
 * every code is raised by some error class or by the filter and that
 * docs/errors.md shows exactly these rows. It lives in common/ (not next to each
 * feature) because the OpenAPI ErrorResponse schema (common/http/api-error-responses.ts) must enumerate all codes and
 * common/ may not import the features.
 *
 * Codes are `<area>.<reason>` (snake case) and stable: clients branch on them.
 * Never reuse or rename one; add a new code instead.
 */
export const ERROR_DEFINITIONS = {
  // Requests the framework rejects before a service runs (mapped in AllExceptionsFilter).
  'validation.failed': {
    category: ErrorCategory.InvalidInput,
    meaning: 'The body, query or path parameters break the documented rules; `message` names each problem.',
  },
  'request.malformed_json': { category: ErrorCategory.InvalidInput, meaning: 'The request body is not valid JSON.' },
  'request.too_large': { category: ErrorCategory.PayloadTooLarge, meaning: 'The request body is larger than the API accepts.' },
  'request.unsupported_encoding': {
    category: ErrorCategory.UnsupportedMediaType,
    meaning: 'The request body uses a content encoding or charset the API cannot read.',
  },
  'request.invalid': {
    category: ErrorCategory.InvalidInput,
    meaning:
      'The request could not be read (an aborted upload, a path with broken percent-encoding, …); any other framework 4xx without a code of its own.',
  },
  'route.not_found': { category: ErrorCategory.NotFound, meaning: 'No route matches this method and path.' },
  'resource.not_found': {
    category: ErrorCategory.NotFound,
    meaning: 'The id in the path is not a well-formed id, so no resource can have it.',
  },
  rate_limited: { category: ErrorCategory.RateLimited, meaning: 'Too many requests from this client or for this account; retry later.' },
  'request.too_deep': {
    category: ErrorCategory.InvalidInput,
    meaning: 'The JSON body nests objects or arrays deeper than the API reads (32 levels).',
  },
  'database.unavailable': {
    category: ErrorCategory.DatabaseUnavailable,
    meaning: 'The database cannot be reached right now (down or restarting); retry after the `Retry-After` seconds.',
  },
  internal: {
    category: ErrorCategory.Internal,
    meaning: 'An unexpected error on our side; the answer carries an `errorId` to quote to support.',
  },

  // auth
  'auth.unauthenticated': {
    category: ErrorCategory.Unauthenticated,
    meaning: 'The access token is missing, invalid or expired, or its account no longer exists.',
  },
  'auth.invalid_credentials': {
    category: ErrorCategory.Unauthenticated,
    meaning: 'Login failed: unknown e-mail address or wrong password (deliberately not told apart).',
  },
  'auth.email_taken': { category: ErrorCategory.Conflict, meaning: 'An account with this e-mail address already exists.' },
  'auth.forbidden_role': {
    category: ErrorCategory.Forbidden,
    meaning: 'The route is only for other account roles (candidate, employer or staff).',
  },
  'auth.link_invalid': {
    category: ErrorCategory.InvalidInput,
    meaning: 'The `token` of an e-mail verification or password reset link is unknown, already used or expired.',
  },
  'auth.wrong_password': {
    category: ErrorCategory.InvalidInput,
    meaning: 'Changing the password: `currentPassword` is not the account’s password.',
  },
  'account.not_found': { category: ErrorCategory.NotFound, meaning: "The caller's account no longer exists (erased meanwhile)." },

  // shared by the versioned resources (employer organisation, job offer, candidate profile)
  'version.stale': {
    category: ErrorCategory.StaleVersion,
    meaning: 'The `version` sent is not the current one: someone else changed the resource; reload it and retry.',
  },

  // search
  'search.unavailable': {
    category: ErrorCategory.SearchUnavailable,
    meaning: 'The search engine cannot be reached right now; search and matching are temporarily unavailable.',
  },

  // taxonomy
  'occupation.not_found': { category: ErrorCategory.NotFound, meaning: 'No ESCO occupation has this URI.' },

  // blue-card-thresholds
  'blue_card_threshold.exists': {
    category: ErrorCategory.Conflict,
    meaning: 'A Blue Card salary threshold valid from this date already exists.',
  },

  // employers
  'employer.not_found': {
    category: ErrorCategory.NotFound,
    meaning: 'The employer organisation does not exist (for `/employers/me`: the caller has not created it yet).',
  },
  'employer.organisation_required': {
    category: ErrorCategory.Forbidden,
    meaning: 'The employer must create its organisation (PUT /api/v1/employers/me) before this action.',
  },
  'employer.not_verified': {
    category: ErrorCategory.Forbidden,
    meaning: "The action needs a verified organisation and the caller's is not verified (yet, or any more).",
  },
  'employer.not_pending': {
    category: ErrorCategory.InvalidState,
    meaning: 'Staff can only verify or reject an organisation waiting for verification (or revoke a verified one).',
  },

  // job-offers
  'job_offer.not_found': {
    category: ErrorCategory.NotFound,
    meaning: 'No job offer with this id that the caller may see (another employer\'s offer is "not found" too).',
  },
  'job_offer.invalid_transition': {
    category: ErrorCategory.InvalidState,
    meaning: "The offer's status does not allow this action (e.g. editing a closed offer, submitting a published one).",
  },
  'job_offer.employer_not_verified': {
    category: ErrorCategory.InvalidState,
    meaning: "Staff cannot publish the offer: its employer's organisation is not verified (any more).",
  },

  // candidates
  'candidate_profile.not_found': {
    category: ErrorCategory.NotFound,
    meaning: 'No such candidate profile, or it is hidden from the caller; for `/candidates/me…`: the caller has not created one yet.',
  },
  'erasure.search_removal_pending': {
    category: ErrorCategory.SearchUnavailable,
    meaning: 'The erasure is done, but search is unavailable: removing the profile from search results happens as soon as it is back.',
  },

  // consent: invitations and applications
  'invitation.not_found': { category: ErrorCategory.NotFound, meaning: 'No invitation with this id addressed to the caller.' },
  'invitation.already_invited': { category: ErrorCategory.Conflict, meaning: 'The candidate is already invited to this offer.' },
  'invitation.already_answered': {
    category: ErrorCategory.InvalidState,
    meaning: 'The invitation was already accepted or declined; only a pending one can be answered.',
  },
  'invitation.offer_not_published': {
    category: ErrorCategory.InvalidState,
    meaning: 'Candidates can only be invited to a published offer.',
  },
  'application.already_applied': { category: ErrorCategory.Conflict, meaning: 'The caller has already applied to this offer.' },
  'application.offer_closed': { category: ErrorCategory.InvalidState, meaning: 'The offer is closed and takes no new applications.' },
  'application.profile_required': {
    category: ErrorCategory.Forbidden,
    meaning: 'A candidate must create a profile (PUT /api/v1/candidates/me) before applying.',
  },
  'application.applicant_hidden': {
    category: ErrorCategory.Forbidden,
    meaning: "Staff have hidden the caller's profile, so the caller cannot apply for now.",
  },

  // notifications and saved searches
  'notification.not_found': { category: ErrorCategory.NotFound, meaning: 'No notification with this id addressed to the caller.' },
  'saved_search.not_found': { category: ErrorCategory.NotFound, meaning: 'No saved search with this id of the caller.' },
  'saved_search.limit_reached': {
    category: ErrorCategory.Conflict,
    meaning: 'The caller keeps the most saved searches an account may have; delete one first.',
  },
  'saved_search.wrong_kind': {
    category: ErrorCategory.InvalidInput,
    meaning: 'Candidates save job searches (`kind: "job_offers"`), employers candidate searches (`kind: "candidates"`).',
  },
} as const satisfies Record<string, ErrorDefinition>;

/** A specific error code, e.g. `invitation.already_invited`. */
export type ErrorCode = keyof typeof ERROR_DEFINITIONS;

/** The codes of one category: a NotFoundError can only be built with a `*.not_found`-kind code, and so on. */
export type ErrorCodeOf<C extends ErrorCategory> = {
  [K in ErrorCode]: (typeof ERROR_DEFINITIONS)[K]['category'] extends C ? K : never;
}[ErrorCode];

export interface ErrorCatalogueEntry {
  code: ErrorCode;
  category: ErrorCategory;
  status: number;
  meaning: string;
}

/** Every code with its status and meaning, in declaration order (docs/errors.md shows this table). */
export const ERROR_CATALOGUE: readonly ErrorCatalogueEntry[] = (Object.keys(ERROR_DEFINITIONS) as ErrorCode[]).map((code) => ({
  code,
  category: ERROR_DEFINITIONS[code].category,
  status: httpStatusFor(ERROR_DEFINITIONS[code].category),
  meaning: ERROR_DEFINITIONS[code].meaning,
}));

export const ERROR_CODES: readonly ErrorCode[] = ERROR_CATALOGUE.map((entry) => entry.code);

export function categoryOf(code: ErrorCode): ErrorCategory {
  return ERROR_DEFINITIONS[code].category;
}
