import type { RiskGroup, Role } from "@/db/schema/enums";

// Fictional people of the fictional "Gemeente Voorbeeld"; nobody from the source documents.
export const DEMO_PASSWORD = "Voorbeeld-demo-2026";

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
};

export const demoPeople: DemoPerson[] = [
  { email: "ciso@voorbeeld.nl", name: "Marieke de Vries", roles: ["ciso", "medewerker"], department: "Informatievoorziening en Automatisering", riskGroup: "security_sensitive", jobTitle: "Chief Information Security Officer" },
  { email: "beheerder@voorbeeld.nl", name: "Youssef El Idrissi", roles: ["beheerder", "medewerker"], department: "Informatievoorziening en Automatisering", riskGroup: "security_sensitive", jobTitle: "Functioneel beheerder" },
  { email: "griffie@voorbeeld.nl", name: "Sanne Jansen", roles: ["griffie", "medewerker"], department: "Griffie", riskGroup: "standard", jobTitle: "Griffier" },
  { email: "raadslid@voorbeeld.nl", name: "Pieter Klaassen", roles: ["raadslid"], department: null, riskGroup: "standard", jobTitle: "Raadslid", hasMunicipalDevice: true },
  { email: "medewerker@voorbeeld.nl", name: "Noor Bakker", roles: ["medewerker"], department: "Publiekszaken", riskGroup: "standard", jobTitle: "Medewerker burgerzaken" },
  { email: "wethouder@voorbeeld.nl", name: "Hans van Dijk", roles: ["medewerker"], department: "Bestuursondersteuning", riskGroup: "executive", jobTitle: "Wethouder" },
  { email: "directeur@voorbeeld.nl", name: "Ingrid Smit", roles: ["medewerker"], department: "Bestuursondersteuning", riskGroup: "senior", jobTitle: "Gemeentesecretaris" },
  { email: "communicatie@voorbeeld.nl", name: "Lars de Boer", roles: ["medewerker"], department: "Communicatie", riskGroup: "standard", jobTitle: "Communicatieadviseur online" },
  { email: "toezicht@voorbeeld.nl", name: "Emma Visser", roles: ["medewerker"], department: "Toezicht en Handhaving", riskGroup: "security_sensitive", jobTitle: "Toezichthouder" },
  // A second beheerder, so that granting CISO or Beheerder (four-eyes) can be shown in a demo.
  { email: "beheerder2@voorbeeld.nl", name: "Fatima Ouali", roles: ["beheerder", "medewerker"], department: "Informatievoorziening en Automatisering", riskGroup: "security_sensitive", jobTitle: "Applicatiebeheerder" },
  // A second CISO, so that a bestuurder's exemption (two approvals) can be shown in a demo.
  { email: "ciso2@voorbeeld.nl", name: "Jeroen Mulder", roles: ["ciso", "medewerker"], department: "Informatievoorziening en Automatisering", riskGroup: "security_sensitive", jobTitle: "Plaatsvervangend CISO" },
];
