import type { CouncilSeat, RiskGroup, Role } from "@/db/schema/enums";

// Fictional people of the fictional "Gemeente Voorbeeld"; nobody from the source documents.
export const DEMO_PASSWORD = "Voorbeeld-demo-2026";

/**
 * The demo's CISO and beheerder accounts log in with a second factor. This secret is public (it is in the
 * README and printed at start): add it to an authenticator app to log in as them. Demo data only.
 */
export const DEMO_TOTP_SECRET = "VOORBEELDDEMOGEHEIMTWEEDEFACTOR2";

export const demoDepartments = [
  "Bestuursondersteuning",
  "Griffie",
  "Informatievoorziening en Automatisering",
  "Communicatie",
  "Publiekszaken",
  "Toezicht en Handhaving",
  "Sociaal Domein",
];

export type DemoPerson = {
  email: string;
  name: string;
  roles: Role[];
  department: string | null;
  riskGroup: RiskGroup;
  jobTitle: string;
  /** Raadsleden with a tablet or phone of the municipality are in the policy's audience. */
  hasMunicipalDevice?: boolean;
  /** Raadslid, burgerraadslid or college: memos reach them on their own (bestuurders are not ambtenaren). */
  councilSeat?: CouncilSeat;
};

export const demoPeople: DemoPerson[] = [
  { email: "ciso@voorbeeld.nl", name: "Marieke de Vries", roles: ["ciso", "medewerker"], department: "Informatievoorziening en Automatisering", riskGroup: "security_sensitive", jobTitle: "Chief Information Security Officer" },
  { email: "beheerder@voorbeeld.nl", name: "Youssef El Idrissi", roles: ["beheerder", "medewerker"], department: "Informatievoorziening en Automatisering", riskGroup: "security_sensitive", jobTitle: "Functioneel beheerder" },
  { email: "griffie@voorbeeld.nl", name: "Sanne Jansen", roles: ["griffie", "medewerker"], department: "Griffie", riskGroup: "standard", jobTitle: "Griffier" },
  { email: "raadslid@voorbeeld.nl", name: "Pieter Klaassen", roles: ["raadslid"], department: null, riskGroup: "standard", jobTitle: "Raadslid", hasMunicipalDevice: true, councilSeat: "raadslid" },
  { email: "medewerker@voorbeeld.nl", name: "Noor Bakker", roles: ["medewerker"], department: "Publiekszaken", riskGroup: "standard", jobTitle: "Medewerker burgerzaken" },
  { email: "wethouder@voorbeeld.nl", name: "Hans van Dijk", roles: ["medewerker"], department: "Bestuursondersteuning", riskGroup: "executive", jobTitle: "Wethouder", councilSeat: "college" },
  { email: "directeur@voorbeeld.nl", name: "Ingrid Smit", roles: ["medewerker"], department: "Bestuursondersteuning", riskGroup: "senior", jobTitle: "Gemeentesecretaris" },
  { email: "communicatie@voorbeeld.nl", name: "Lars de Boer", roles: ["medewerker"], department: "Communicatie", riskGroup: "standard", jobTitle: "Communicatieadviseur online" },
  { email: "toezicht@voorbeeld.nl", name: "Emma Visser", roles: ["medewerker"], department: "Toezicht en Handhaving", riskGroup: "security_sensitive", jobTitle: "Toezichthouder" },
  // A second beheerder, so that granting CISO or Beheerder (four-eyes) can be shown in a demo.
  { email: "beheerder2@voorbeeld.nl", name: "Fatima Ouali", roles: ["beheerder", "medewerker"], department: "Informatievoorziening en Automatisering", riskGroup: "security_sensitive", jobTitle: "Applicatiebeheerder" },
  // A second CISO, so that a bestuurder's exemption (two approvals) can be shown in a demo.
  { email: "ciso2@voorbeeld.nl", name: "Jeroen Mulder", roles: ["ciso", "medewerker"], department: "Informatievoorziening en Automatisering", riskGroup: "security_sensitive", jobTitle: "Plaatsvervangend CISO" },
  // A burgerraadslid: on committees, not in the raad, and reached by memos on their own.
  { email: "burgerraadslid@voorbeeld.nl", name: "Ayşe Demir", roles: ["raadslid"], department: null, riskGroup: "standard", jobTitle: "Burgerraadslid", councilSeat: "burgerraadslid" },
];
