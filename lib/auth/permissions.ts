import type { Role } from "@/db/schema/enums";

// The one map of who may do what. Pages, actions and route handlers all ask `can`; nothing else decides.
export const permissions = {
  "lists.view": ["ciso"],
  "lists.edit": ["ciso"],
  "lists.publish": ["ciso"],
  "audit.view": ["ciso"],
  "users.manage": ["beheerder"],
  "organisation.manage": ["beheerder"],
  "policy.manage": ["ciso"],
  // Whether a version asks a person is decided per record (its audience); every role may be in one.
  "policy.acknowledge": ["medewerker", "raadslid", "griffie", "ciso", "beheerder"],
  "acknowledgements.view": ["ciso"],
  "exemptions.request": ["medewerker", "raadslid", "griffie", "ciso", "beheerder"],
  "exemptions.decide": ["ciso"],
  "outbox.view": ["beheerder"],
  // Council side. Drafting, publishing and read receipts: the griffie and the CISO.
  "memos.manage": ["griffie", "ciso"],
  // Whether a published memo reaches a person is decided per record (its audiences and their council seat).
  "memos.read": ["medewerker", "raadslid", "griffie", "ciso", "beheerder"],
  "decisions.manage": ["griffie", "ciso"],
  // Published decisions and answered raadsvragen are public (open data); every signed-in person may read them.
  "decisions.view": ["medewerker", "raadslid", "griffie", "ciso", "beheerder"],
  "questions.register": ["griffie"],
  "questions.answer": ["ciso"],
  "questions.view": ["medewerker", "raadslid", "griffie", "ciso", "beheerder"],
  // Drafts and open raadsvragen: only those who work on them.
  "questions.view_open": ["griffie", "ciso"],
  "links.manage": ["griffie", "ciso"],
  "search.use": ["medewerker", "raadslid", "griffie", "ciso", "beheerder"],
  // Device compliance: importing MDM inventories, seeing device owners, asking them to remove an app.
  "devices.manage": ["ciso"],
  // The register of the organisation's own accounts on platforms; the griffie answers raadsvragen about them.
  "channels.manage": ["ciso"],
  "channels.view": ["ciso", "griffie"],
  // Everyone sees and ends their own sessions; the beheerder can end all sessions of a person.
  "sessions.own": ["medewerker", "raadslid", "griffie", "ciso", "beheerder"],
  "sessions.end_any": ["beheerder"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(roles: readonly Role[] | undefined, permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return (roles ?? []).some((role) => allowed.includes(role));
}
