import { passwordWeakness } from "@/lib/auth/password-strength";
import { z } from "@/lib/zod-nl";

export const MIN_PASSWORD_LENGTH = 12;

export const activationSchema = z
  .object({
    token: z.string().min(1).max(100),
    // The account's e-mail address, sent along for password managers; only used to make the check stricter.
    username: z.string().max(254).optional(),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`)
      .max(200, "Kies een wachtwoord van hoogstens 200 tekens."),
    passwordConfirm: z.string().min(1, "Typ het wachtwoord nog een keer."),
  })
  .superRefine((v, ctx) => {
    if (v.password.length < MIN_PASSWORD_LENGTH || v.password.length > 200) return;
    const weakness = passwordWeakness(v.password, v.username ? [v.username] : []);
    if (weakness) ctx.addIssue({ code: "custom", path: ["password"], message: weakness });
  })
  .refine((v) => v.password === v.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "De twee wachtwoorden zijn niet hetzelfde. Typ het wachtwoord nog een keer.",
  });
