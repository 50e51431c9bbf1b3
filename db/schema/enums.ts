import { pgEnum } from "drizzle-orm/pg-core";

export const roles = ["medewerker", "raadslid", "griffie", "ciso", "beheerder"] as const;
export type Role = (typeof roles)[number];
export const roleEnum = pgEnum("role", roles);

// VNG advice: bestuurders carry the highest risk, then top functions and security-sensitive functions.
export const riskGroups = ["executive", "senior", "security_sensitive", "standard"] as const;
export type RiskGroup = (typeof riskGroups)[number];
export const riskGroupEnum = pgEnum("risk_group", riskGroups);

// banned: not allowed on managed devices; discouraged: advised against on private devices used for work.
export const measures = ["banned", "discouraged"] as const;
export type Measure = (typeof measures)[number];
export const measureEnum = pgEnum("measure", measures);

export const appSources = ["vng_top", "vng_other", "own_finding"] as const;
export type AppSource = (typeof appSources)[number];
export const appSourceEnum = pgEnum("app_source", appSources);

export const auditResults = ["success", "denied", "failure"] as const;
export type AuditResult = (typeof auditResults)[number];
export const auditResultEnum = pgEnum("audit_result", auditResults);

// Four-eyes requests: a change of privileged roles, or a new activation link for a privileged account.
export const roleChangeKinds = ["roles", "activation_link"] as const;
export type RoleChangeKind = (typeof roleChangeKinds)[number];
export const roleChangeKindEnum = pgEnum("role_change_kind", roleChangeKinds);

export const roleChangeStatuses = ["pending", "approved", "rejected", "withdrawn"] as const;
export type RoleChangeStatus = (typeof roleChangeStatuses)[number];
export const roleChangeStatusEnum = pgEnum("role_change_status", roleChangeStatuses);
