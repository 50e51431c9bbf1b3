// A duplicate that slipped past an action's own check (or arrived in a race) ends at a unique
// constraint. Name the field and say what is double, instead of a bare "this exists already".

type Rule = {
  /** The form fields that can hold the value, first match wins (forms name the same value differently). */
  fields: string[];
  message: string;
  summary: string;
};

const rules: Record<string, Rule> = {
  app_name_vendor_unique: {
    fields: ["name"],
    message: "Deze leverancier heeft al een app met deze naam in het concept. Kies een andere naam of wijzig de app die er al staat.",
    summary: "Deze app staat al in het concept.",
  },
  app_ios_unique: {
    fields: ["iosBundleId"],
    message: "Deze iOS-bundel-ID hoort al bij een andere app in het concept.",
    summary: "Deze iOS-bundel-ID is al in gebruik.",
  },
  app_android_unique: {
    fields: ["androidPackage"],
    message: "Deze Android-pakketnaam hoort al bij een andere app in het concept.",
    summary: "Deze Android-pakketnaam is al in gebruik.",
  },
  vendor_name_unique: {
    fields: ["name", "vendorName"],
    message: "Er is al een leverancier met deze naam. Kies die leverancier of gebruik een andere naam.",
    summary: "Deze leverancier bestaat al.",
  },
  country_code_unique: {
    fields: ["code"],
    message: "Er is al een land met deze landcode. Zet dat land zo nodig weer op de lijst.",
    summary: "Dit land staat al in de lijst.",
  },
  department_name_unique: {
    fields: ["departmentName", "name"],
    message: "Er is al een afdeling met deze naam. Kies een andere naam.",
    summary: "Deze afdeling bestaat al.",
  },
  app_user_email_unique: {
    fields: ["email"],
    message: "Er is al een account met dit e-mailadres. Zoek het op in de lijst met gebruikers.",
    summary: "Er is al een account met dit e-mailadres.",
  },
  list_version_number_unique: {
    fields: [],
    message: "",
    summary: "Iemand anders publiceerde net een lijstversie. Bekijk de wijzigingen opnieuw en publiceer daarna.",
  },
  policy_version_one_draft: {
    fields: [],
    message: "",
    summary: "Er is al een concept voor een nieuwe beleidsversie. Werk dat concept bij of gooi het eerst weg.",
  },
  policy_version_number_unique: {
    fields: [],
    message: "",
    summary: "Iemand anders publiceerde net een beleidsversie. Bekijk het overzicht en probeer het opnieuw.",
  },
  role_change_request_one_pending: {
    fields: [],
    message: "",
    summary: "Voor deze gebruiker wacht al een verzoek op goedkeuring. Handel dat eerst af.",
  },
  cross_reference_pair: {
    fields: ["target"],
    message: "Deze verwijzing bestaat al. Kies een ander stuk.",
    summary: "Deze verwijzing bestaat al.",
  },
  cross_reference_to_idx: {
    fields: ["target"],
    message: "Deze verwijzing bestaat al. Kies een ander stuk.",
    summary: "Deze verwijzing bestaat al.",
  },
  council_question_reference_unique: {
    fields: ["reference"],
    message: "Er is al een raadsvraag met dit kenmerk. Kies een ander kenmerk of open de raadsvraag die er al is.",
    summary: "Dit kenmerk is al in gebruik.",
  },
  communication_channel_account_unique: {
    fields: ["account"],
    message: "Dit account staat al in het register bij dit platform. Open dat kanaal en wijzig het daar.",
    summary: "Dit account staat al in het register.",
  },
  council_decision_number_unique: {
    fields: ["number"],
    message: "Er is al een collegebesluit met dit nummer. Kies een ander nummer of open het besluit dat er al is.",
    summary: "Dit besluitnummer is al in gebruik.",
  },
};

const GENERIC = "Dit bestaat al. Kies een andere waarde.";

/** The constraint a unique violation names: postgres.js calls it constraint_name, PGlite constraint. */
export function violatedConstraint(error: unknown): string | null {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 4; e = e.cause as Record<string, unknown> | undefined, depth++) {
    const name = e.constraint_name ?? e.constraint;
    if (typeof name === "string" && name) return name;
    const match = typeof e.message === "string" ? /unique constraint "([^"]+)"/.exec(e.message) : null;
    if (match) return match[1];
  }
  return null;
}

/** The message and the marked field for a unique violation, given the fields the form sent. */
export function describeUniqueViolation(error: unknown, submittedFields: Iterable<string>): { message: string; fieldErrors?: Record<string, string[]> } {
  const constraint = violatedConstraint(error);
  const rule = constraint ? rules[constraint] : undefined;
  if (!rule) return { message: GENERIC };
  const sent = new Set(submittedFields);
  const field = rule.fields.find((f) => sent.has(f));
  return field ? { message: rule.summary, fieldErrors: { [field]: [rule.message] } } : { message: rule.summary };
}
