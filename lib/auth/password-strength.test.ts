import { describe, expect, it } from "vitest";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { activationSchema } from "@/app/(public)/activeren/[token]/schemas";

describe("passwordWeakness", () => {
  it("refuses common and Dutch passwords with a Dutch explanation", () => {
    for (const weak of ["wachtwoord12", "Wachtwoord123!", "Welkom01!", "Amsterdam2026", "Klaassenpieter2025", "qwertyuiop12", "voetbal12345"]) {
      const message = passwordWeakness(weak);
      expect(message, weak).toMatch(/^Dit wachtwoord is niet sterk genoeg\. /);
      expect(message, weak).not.toMatch(/\b[a-z]+[A-Z][a-zA-Z]*\b/); // no untranslated keys like "anotherWord"
    }
  });

  it("accepts a sentence of a few words and the demo password", () => {
    for (const strong of ["een zin van vijf woorden", "fietsbel kaas regenjas", "Voorbeeld-demo-2026"]) expect(passwordWeakness(strong), strong).toBeNull();
  });

  it("counts the person's own name and e-mail address as easy to guess", () => {
    const password = "Pieter.Klaassen.01";
    expect(passwordWeakness(password)).toBeNull();
    expect(passwordWeakness(password, ["Pieter Klaassen", "pieter.klaassen@voorbeeld.nl"])).toMatch(/Gebruik niet uw naam of e-mailadres/);
  });
});

describe("activationSchema", () => {
  const form = (password: string) => ({ token: "t", username: "pieter.klaassen@voorbeeld.nl", password, passwordConfirm: password });

  it("puts the weakness on the password field", () => {
    const result = activationSchema.safeParse(form("wachtwoord12"));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["password"]);
    expect(result.error?.issues[0].message).toMatch(/niet sterk genoeg/);
  });

  it("accepts a strong password", () => {
    expect(activationSchema.safeParse(form("een zin van vijf woorden")).success).toBe(true);
  });
});
