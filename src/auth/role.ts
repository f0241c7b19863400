export const ROLES = ['candidate', 'employer', 'staff'] as const;
export type Role = (typeof ROLES)[number];
/** Staff accounts are made by configuration only, never by sign-up. */
export const SELF_REGISTERABLE_ROLES = ['candidate', 'employer'] as const;
