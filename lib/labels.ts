import type { AppSource, CouncilSeat, ExemptionReason, ExemptionStatus, Measure, RiskGroup, Role } from "@/db/schema/enums";

// Everything a user reads is Dutch; codes stay English in the database.
export const roleLabels: Record<Role, string> = {
  medewerker: "Medewerker",
  raadslid: "Raadslid",
  griffie: "Griffie",
  ciso: "CISO",
  beheerder: "Beheerder",
};

export const riskGroupLabels: Record<RiskGroup, string> = {
  executive: "Bestuurder (college van B&W)",
  senior: "Topfunctie",
  security_sensitive: "Functie met veiligheidsrisico",
  standard: "Standaard",
};

export const measureLabels: Record<Measure, string> = {
  banned: "Verboden op werkapparaten",
  discouraged: "Ontraden op privéapparaten voor werk",
};

export const sourceLabels: Record<AppSource, string> = {
  vng_top: "VNG-advies, bijlage A (top)",
  vng_other: "VNG-advies, bijlage A (overig)",
  own_finding: "Eigen bevinding",
};

export const exemptionReasonLabels: Record<ExemptionReason, string> = {
  inspection: "Inspectie of toezicht",
  investigation: "Opsporing",
  intelligence: "Inlichtingen",
  target_group: "Communicatie met een doelgroep",
  other: "Anders",
};

export const exemptionStatusLabels: Record<ExemptionStatus, string> = {
  requested: "Aangevraagd",
  awaiting_second: "Wacht op tweede beoordeling",
  approved: "Goedgekeurd",
  rejected: "Afgewezen",
  withdrawn: "Ingetrokken door aanvrager",
  revoked: "Ingetrokken door CISO",
  expired: "Verlopen",
};

export const auditResultLabels = { success: "Gelukt", denied: "Geweigerd", failure: "Mislukt" } as const;

export const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

export const councilSeatLabels: Record<CouncilSeat, string> = {
  raadslid: "Raadslid",
  burgerraadslid: "Burgerraadslid",
  college: "Lid van het college (burgemeester of wethouder)",
};
