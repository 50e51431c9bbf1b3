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
export const roleChangeKinds = ["roles", "activation_link", "second_factor_reset"] as const;
export type RoleChangeKind = (typeof roleChangeKinds)[number];
export const roleChangeKindEnum = pgEnum("role_change_kind", roleChangeKinds);

export const roleChangeStatuses = ["pending", "approved", "rejected", "withdrawn"] as const;
export type RoleChangeStatus = (typeof roleChangeStatuses)[number];
export const roleChangeStatusEnum = pgEnum("role_change_status", roleChangeStatuses);

// The primary tasks for which the kamerbrief allows an app from the list on a work device.
export const exemptionReasons = ["inspection", "investigation", "intelligence", "target_group", "other"] as const;
export type ExemptionReason = (typeof exemptionReasons)[number];
export const exemptionReasonEnum = pgEnum("exemption_reason", exemptionReasons);

// requested → (awaiting_second for a bestuurder) → approved → expired | revoked; or rejected / withdrawn.
export const exemptionStatuses = ["requested", "awaiting_second", "approved", "rejected", "withdrawn", "revoked", "expired"] as const;
export type ExemptionStatus = (typeof exemptionStatuses)[number];
export const exemptionStatusEnum = pgEnum("exemption_status", exemptionStatuses);

// Who a person is for the council: bestuurders are not ambtenaren (seed 004), so memos reach them on their own.
export const councilSeats = ["raadslid", "burgerraadslid", "college"] as const;
export type CouncilSeat = (typeof councilSeats)[number];
export const councilSeatEnum = pgEnum("council_seat", councilSeats);

// To whom a memo is addressed. staff: medewerkers (not the college); council: raadsleden; citizen_council:
// burgerraadsleden; college: burgemeester and wethouders.
export const memoAudiences = ["staff", "council", "citizen_council", "college"] as const;
export type MemoAudience = (typeof memoAudiences)[number];
export const memoAudienceEnum = pgEnum("memo_audience", memoAudiences);

// How far the carrying-out of a collegebesluit is; on track / at risk / overdue is computed from its milestones.
export const decisionStatuses = ["in_progress", "completed", "withdrawn"] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];
export const decisionStatusEnum = pgEnum("decision_status", decisionStatuses);

// What can refer to what: a raadsvraag, a collegebesluit, a memo, a policy version.
export const linkKinds = ["council_question", "decision", "memo", "policy_version"] as const;
export type LinkKind = (typeof linkKinds)[number];
export const linkKindEnum = pgEnum("link_kind", linkKinds);

// The two inventory files the CISO can import: Intune's "AppInvRawData" export, or the documented generic CSV.
export const inventoryFormats = ["intune", "generic"] as const;
export type InventoryFormat = (typeof inventoryFormats)[number];
export const inventoryFormatEnum = pgEnum("inventory_format", inventoryFormats);

// running: rows are being copied and matched; completed: the current inventory (until a newer one); failed: refused, nothing kept.
export const inventoryImportStatuses = ["running", "completed", "failed"] as const;
export type InventoryImportStatus = (typeof inventoryImportStatuses)[number];
export const inventoryImportStatusEnum = pgEnum("inventory_import_status", inventoryImportStatuses);

// How an installed app was matched to the list: its bundle id / package name, or (flagged) its name and publisher.
export const inventoryMatchKinds = ["identifier", "name"] as const;
export type InventoryMatchKind = (typeof inventoryMatchKinds)[number];
export const inventoryMatchKindEnum = pgEnum("inventory_match_kind", inventoryMatchKinds);

// An account of the organisation on a platform: in use, being wound down, or closed (with the date closed).
export const channelStatuses = ["active", "winding_down", "closed"] as const;
export type ChannelStatus = (typeof channelStatuses)[number];
export const channelStatusEnum = pgEnum("channel_status", channelStatuses);

// A login challenge asks for the code of an authenticator already set up, or for setting one up first.
export const loginChallengePurposes = ["verify", "enroll"] as const;
export type LoginChallengePurpose = (typeof loginChallengePurposes)[number];
export const loginChallengePurposeEnum = pgEnum("login_challenge_purpose", loginChallengePurposes);
