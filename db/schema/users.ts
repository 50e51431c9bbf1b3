import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { councilSeatEnum, riskGroupEnum, roleEnum } from "./enums";
import { departments } from "./organisation";

export const users = pgTable(
  "app_user",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text(),
    roles: roleEnum().array().notNull().default(sql`'{medewerker}'::role[]`),
    departmentId: integer().references(() => departments.id),
    riskGroup: riskGroupEnum().notNull().default("standard"),
    jobTitle: text(),
    // A raadslid with a municipal phone or tablet is in the audience of a policy that includes the council.
    hasMunicipalDevice: boolean().notNull().default(false),
    // Raadslid, burgerraadslid or member of the college; null for everyone else (memo audiences).
    councilSeat: councilSeatEnum(),
    active: boolean().notNull().default(true),
    // Created by a first sign-in through the identity provider: no roles and no access until a beheerder approves.
    awaitingApproval: boolean().notNull().default(false),
    // Roles the provider's groups or app roles suggest (provider_role_mapping), for the approving beheerder only.
    proposedRoles: roleEnum().array(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deactivatedAt: timestamp({ withTimezone: true }),
    lastLoginAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("app_user_email_unique").on(sql`lower(${t.email})`)],
);

// A row per signed-in browser: the JWT carries its id, so logging out or deactivating ends it at the next request.
export const userSessions = pgTable(
  "user_session",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    endedAt: timestamp({ withTimezone: true }),
    ip: text(),
    // Shown to the person in their list of sessions ("Firefox op Windows"), never used to decide anything.
    userAgent: text(),
    // The idle timeout counts from here; updated at most once a minute.
    lastActiveAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Signed in through the identity provider: its issuer and ID token, for logging out there too (RP-initiated logout).
    providerIssuer: text(),
    providerIdToken: text(),
  },
  (t) => [index("user_session_user_idx").on(t.userId)],
);

// An invitation lets a new user choose a password; only the hash of the token is stored.
export const userInvitations = pgTable("user_invitation", {
  id: serial().primaryKey(),
  userId: uuid()
    .notNull()
    .references(() => users.id),
  tokenHash: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
});

export const loginAttempts = pgTable(
  "login_attempt",
  {
    id: serial().primaryKey(),
    email: text().notNull(),
    ip: text().notNull(),
    // A browser that logged in to this account before carries a signed device id: its failures are its own.
    deviceId: text(),
    // null while the password is being checked: an attempt in flight counts as a failure, so a burst
    // of parallel guesses cannot all pass the limit before any of them is recorded.
    succeeded: boolean(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("login_attempt_email_idx").on(t.email, t.at),
    index("login_attempt_ip_idx").on(t.ip, t.at),
    index("login_attempt_device_idx").on(t.deviceId, t.at),
  ],
);
