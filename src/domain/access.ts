// Who may do what through the admin API. Four roles: admin (everything, keys and roles included), operator
// (people, besitos, VIP, tokens, refunds), developer (reads everything, dead letters and jobs), viewer
// (read-only lists and stats). A route declares the role it needs; `allows` says whether a role reaches it.

export const ROLES = ['admin', 'operator', 'developer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** The roles each role includes: admin ⊃ operator ⊃ viewer, admin ⊃ developer ⊃ viewer. */
const INCLUDES: Record<Role, readonly Role[]> = {
  admin: ROLES,
  operator: ['operator', 'viewer'],
  developer: ['developer', 'viewer'],
  viewer: ['viewer'],
};

export function allows(role: Role, required: Role): boolean {
  return INCLUDES[role].includes(required);
}

/** The roles that do not reach a route needing `required` (what a test proves answers 403). */
export function rolesBelow(required: Role): Role[] {
  return ROLES.filter((role) => !allows(role, required));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** An API key as shown to a person: a recognisable prefix and a long random secret. */
export const API_KEY_PREFIX = 'dk_';
export const API_KEY_PATTERN = /^dk_[A-Za-z0-9_-]{32}$/;
