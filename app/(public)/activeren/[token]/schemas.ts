import { z } from "@/lib/zod-nl";

export const MIN_PASSWORD_LENGTH = 12;

export const activationSchema = z
  .object({
    token: z.string().min(1).max(100),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`)
      .max(200, "Kies een wachtwoord van hoogstens 200 tekens."),
    passwordConfirm: z.string().min(1, "Typ het wachtwoord nog een keer."),
  })
  .refine((v) => v.password === v.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "De twee wachtwoorden zijn niet hetzelfde. Typ het wachtwoord nog een keer.",
  });
