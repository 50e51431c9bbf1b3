import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { loginChallengePurposeEnum, roleEnum } from "./enums";
import { users } from "./users";

// An account signed in through the organisation's identity provider: tied to the provider's stable subject
// (issuer + sub), never to the e-mail address alone, so a changed address keeps the same account.
export const externalIdentities = pgTable(
  "external_identity",
  {
    issuer: text().notNull(),
    subject: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    // The address the provider gave at the last login: shown to the beheerder, never used to match.
    email: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index("external_identity_user_idx").on(t.userId)],
);

// A provider group or app role the beheerder maps to a portal role. The mapping only proposes roles to the
// beheerder who approves a new account; ciso and beheerder are never proposed (always granted by hand).
export const providerRoleMappings = pgTable(
  "provider_role_mapping",
  {
    id: serial().primaryKey(),
    claimValue: text().notNull(),
    role: roleEnum().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdById: uuid().references(() => users.id),
  },
  (t) => [
    uniqueIndex("provider_role_mapping_unique").on(t.claimValue, t.role),
    check("provider_role_mapping_no_privileged", sql`${t.role} not in ('ciso', 'beheerder')`),
  ],
);

// A TOTP authenticator of one person. The secret is encrypted with a key derived from AUTH_SECRET.
// lastUsedStep is the replay guard: a code is accepted only by an UPDATE … WHERE last_used_step < step.
export const secondFactors = pgTable("second_factor", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id),
  secretEncrypted: text().notNull(),
  // null while being set up: the person has scanned the QR code but not yet confirmed a code.
  confirmedAt: timestamp({ withTimezone: true }),
  lastUsedStep: bigint({ mode: "number" }).notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// One-time recovery codes, stored as hashes only; a code is spent by UPDATE … WHERE used_at IS NULL.
export const recoveryCodes = pgTable(
  "recovery_code",
  {
    id: serial().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    codeHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("recovery_code_unique").on(t.userId, t.codeHash)],
);

// The step between a correct password and a session: the browser holds the token, the database its hash.
// No session exists until the second factor is verified (or set up, for a ciso or beheerder without one).
export const loginChallenges = pgTable(
  "login_challenge",
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull().unique(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    purpose: loginChallengePurposeEnum().notNull(),
    ip: text(),
    userAgent: text(),
    attempts: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("login_challenge_user_idx").on(t.userId)],
);
