/**
 * The tagger has one head per role, each labelling every token Outside,
 * Beginning or Inside a span of that role. Separate heads let a token be in
 * an outer quote's content and also be an inner attribution's source.
 */
export const ROLES = ['cue', 'source', 'content'] as const;
export type Role = (typeof ROLES)[number];

export const OUTSIDE = 0;
export const BEGIN = 1;
export const INSIDE = 2;
export const LABELS_PER_ROLE = 3;
export const OUTPUTS = ROLES.length * LABELS_PER_ROLE;
