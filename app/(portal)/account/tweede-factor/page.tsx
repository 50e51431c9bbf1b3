import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, SubmitButton, TextField } from "@/components/form/fields";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { qrSvg } from "@/lib/auth/second-factor/qr";
import { countUnusedRecoveryCodes, getSecondFactor, mustHaveSecondFactor, pendingSecret } from "@/lib/auth/second-factor/store";
import { groupedSecret, otpauthUri } from "@/lib/auth/second-factor/totp";
import { formatDateTime } from "@/lib/dates";
import { confirmSetupAction, newRecoveryCodesAction, removeSecondFactorAction } from "./actions";
import { startSetupAction } from "./start-setup-action";
import { RecoveryCodesResult } from "./_components/recovery-codes-result";

export const metadata: Metadata = { title: "Tweede factor" };

const CODE_HELP = "De 6 cijfers die uw authenticator-app nu laat zien.";

export default async function SecondFactorAccountPage() {
  const viewer = await requirePermission("sessions.own");
  const db = getDb();
  const factor = await getSecondFactor(db, viewer.id);
  const required = mustHaveSecondFactor(viewer.roles);
  const crumbs = [{ href: "/overzicht", label: "Overzicht" }, { href: "/account/sessies", label: "Mijn sessies" }];
  const intro =
    "Met een tweede factor logt u in met uw wachtwoord én een code uit een app op uw telefoon (zoals Microsoft Authenticator, Google Authenticator of FreeOTP). Wie alleen uw wachtwoord kent, komt dan niet binnen.";

  if (factor?.confirmedAt) {
    const unused = await countUnusedRecoveryCodes(db, viewer.id);
    return (
      <>
        <PageHeader title="Tweede factor" crumbs={crumbs} intro={intro} />
        <section aria-labelledby="status" className="mb-10 flex flex-col gap-3">
          <h2 id="status" className="utrecht-heading-2">Status</h2>
          <p className="utrecht-paragraph">
            Uw tweede factor staat aan sinds {formatDateTime(factor.confirmedAt)}. U heeft nog {unused} ongebruikte{" "}
            {unused === 1 ? "herstelcode" : "herstelcodes"}.
          </p>
        </section>
        <section aria-labelledby="herstelcodes" className="mb-10 flex flex-col gap-4">
          <h2 id="herstelcodes" className="utrecht-heading-2">Nieuwe herstelcodes</h2>
          <p className="utrecht-paragraph">Codes kwijt of bijna op? Maak 10 nieuwe. De oude codes werken daarna niet meer.</p>
          <ActionForm action={newRecoveryCodesAction}>
            <TextField name="code" label="Code uit uw app" description={CODE_HELP} required inputMode="numeric" autoComplete="one-time-code" />
            <SubmitButton variant="secondary">Nieuwe herstelcodes maken</SubmitButton>
            <RecoveryCodesResult />
          </ActionForm>
        </section>
        <section aria-labelledby="uitzetten" className="flex flex-col gap-4">
          <h2 id="uitzetten" className="utrecht-heading-2">Tweede factor uitzetten</h2>
          {required ? (
            <p className="utrecht-paragraph">
              Met de rol CISO of Beheerder moet u een tweede factor hebben. U kunt die daarom niet uitzetten. Nieuwe telefoon of app kwijt? Vraag
              twee beheerders om uw tweede factor opnieuw in te stellen; bij de volgende keer inloggen stelt u hem dan opnieuw in.
            </p>
          ) : (
            <ActionForm action={removeSecondFactorAction}>
              <TextField name="code" label="Code uit uw app" description={CODE_HELP} required inputMode="numeric" autoComplete="one-time-code" />
              <CheckboxField name="confirmRemove" label="Ja, ik wil de tweede factor uitzetten." />
              <SubmitButton variant="secondary">Tweede factor uitzetten</SubmitButton>
            </ActionForm>
          )}
        </section>
      </>
    );
  }

  const secret = factor ? await pendingSecret(db, viewer.id) : null;
  const qr = secret ? await qrSvg(otpauthUri(secret, viewer.email)) : "";
  return (
    <>
      <PageHeader title="Tweede factor" crumbs={crumbs} intro={intro} />
      <p className="utrecht-paragraph mb-6">
        {required
          ? "Met de rol CISO of Beheerder is een tweede factor verplicht als u met een wachtwoord inlogt."
          : "U heeft nog geen tweede factor. Voor uw rol is die niet verplicht, maar wel veiliger."}
      </p>
      {secret ? (
        <section aria-labelledby="instellen" className="flex flex-col gap-4">
          <h2 id="instellen" className="utrecht-heading-2">Tweede factor instellen</h2>
          <p className="utrecht-paragraph">1. Scan de QR-code met uw app.</p>
          <div role="img" aria-label="QR-code om de tweede factor in uw app toe te voegen" className="w-56 bg-white"
            dangerouslySetInnerHTML={{ __html: qr }} />
          <p className="utrecht-paragraph">Lukt scannen niet? Vul dan deze sleutel in uw app in (soort: op tijd gebaseerd):</p>
          <p className="utrecht-paragraph">
            <code aria-label="Sleutel om in te typen" className="font-mono text-lg">{groupedSecret(secret)}</code>
          </p>
          <p className="utrecht-paragraph">2. Vul de code in die uw app laat zien.</p>
          <ActionForm action={confirmSetupAction}>
            <TextField name="code" label="Code uit uw app" description={CODE_HELP} required inputMode="numeric" autoComplete="one-time-code" />
            <SubmitButton>Tweede factor bevestigen</SubmitButton>
            <RecoveryCodesResult />
          </ActionForm>
          <p className="utrecht-paragraph">
            Klaar? Ga naar <Link href="/overzicht" className="utrecht-link">het overzicht</Link>.
          </p>
        </section>
      ) : (
        <ActionForm action={startSetupAction}>
          <SubmitButton>Tweede factor instellen</SubmitButton>
        </ActionForm>
      )}
    </>
  );
}
