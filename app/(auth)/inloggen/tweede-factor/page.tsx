import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { getViewer } from "@/lib/auth/session";
import { CHALLENGE_COOKIE, readChallenge } from "@/lib/auth/second-factor/challenge";
import { qrSvg } from "@/lib/auth/second-factor/qr";
import { pendingSecret } from "@/lib/auth/second-factor/store";
import { groupedSecret, otpauthUri } from "@/lib/auth/second-factor/totp";
import { recoveryCodeAction, verifyCodeAction } from "./actions";
import { CodeForm } from "./_components/code-form";
import { EnrolForm } from "./_components/enrol-form";

export const metadata: Metadata = { title: "Tweede factor" };

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ herstelcode?: string }> }) {
  if (await getViewer()) redirect("/overzicht");
  const challenge = await readChallenge(getDb(), (await cookies()).get(CHALLENGE_COOKIE)?.value);
  if (!challenge) {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="utrecht-heading-1">Tweede factor</h1>
        <p className="utrecht-paragraph">
          Deze inlogpoging is verlopen of al afgerond. U heeft 5 minuten om de code in te vullen, en 5 pogingen.
        </p>
        <p className="utrecht-paragraph">
          <Link href="/inloggen" className="utrecht-link">Log opnieuw in</Link>
        </p>
      </div>
    );
  }

  if (challenge.purpose === "enroll") {
    const secret = challenge.enrolled ? null : await pendingSecret(getDb(), challenge.userId);
    const qr = secret ? await qrSvg(otpauthUri(secret, challenge.userEmail)) : "";
    return (
      <div className="flex flex-col gap-6">
        <h1 className="utrecht-heading-1">Tweede factor instellen</h1>
        <p className="utrecht-paragraph">
          Uw account heeft de rol CISO of Beheerder. Daarom logt u in met uw wachtwoord én een code uit een app op uw telefoon
          (een authenticator-app, zoals Microsoft Authenticator, Google Authenticator of FreeOTP). Dat stelt u nu eenmalig in.
        </p>
        {secret ? (
          <section aria-labelledby="stap-scannen" className="flex flex-col gap-4">
            <h2 id="stap-scannen" className="utrecht-heading-2">1. Scan de QR-code met uw app</h2>
            <div role="img" aria-label="QR-code om de tweede factor in uw app toe te voegen" className="w-56 bg-white"
              dangerouslySetInnerHTML={{ __html: qr }} />
            <p className="utrecht-paragraph">Lukt scannen niet? Vul dan deze sleutel in uw app in (soort: op tijd gebaseerd):</p>
            <p className="utrecht-paragraph">
              <code aria-label="Sleutel om in te typen" className="font-mono text-lg">{groupedSecret(secret)}</code>
            </p>
            <h2 className="utrecht-heading-2">2. Vul de code uit uw app in</h2>
          </section>
        ) : null}
        <EnrolForm alreadyConfirmed={challenge.enrolled} />
      </div>
    );
  }

  const useRecovery = Boolean((await searchParams).herstelcode);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="utrecht-heading-1">Tweede factor</h1>
      {useRecovery ? (
        <>
          <p className="utrecht-paragraph">Vul een van uw herstelcodes in. Een herstelcode werkt maar één keer.</p>
          <CodeForm action={recoveryCodeAction} kind="recovery" submitLabel="Inloggen met herstelcode" />
          <p className="utrecht-paragraph">
            <Link href="/inloggen/tweede-factor" className="utrecht-link">Toch de code uit uw app gebruiken</Link>
          </p>
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">Open de authenticator-app op uw telefoon en vul de code in die daar nu staat.</p>
          <CodeForm action={verifyCodeAction} kind="code" submitLabel="Inloggen" />
          <p className="utrecht-paragraph">
            Telefoon niet bij de hand? <Link href="/inloggen/tweede-factor?herstelcode=1" className="utrecht-link">Gebruik een herstelcode</Link>
          </p>
        </>
      )}
    </div>
  );
}
