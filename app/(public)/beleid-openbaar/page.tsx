import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { getCurrentPolicyVersion } from "@/db/queries/policy-audience";
import { Markdown } from "@/components/markdown";
import { PageHeader } from "@/components/page-header";
import { formatDate, todayIso } from "@/lib/dates";

export const metadata: Metadata = { title: "Beleid apps op werkapparaten" };

/** The policy that applies today, for anyone. Drafts and versions that start later are never shown here. */
export default async function PublicPolicyPage() {
  await connection();
  const policy = await getCurrentPolicyVersion(getDb(), todayIso());
  const crumbs = [{ href: "/", label: "Huidige lijst" }];
  if (!policy) {
    return (
      <>
        <PageHeader title="Beleid apps op werkapparaten" crumbs={crumbs} />
        <p className="utrecht-paragraph">Er is nog geen beleid gepubliceerd. <Link className="utrecht-link" href="/">Bekijk de lijst met apps</Link>.</p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={policy.title} crumbs={crumbs} crumbLabel="Beleid"
        intro={`Versie ${policy.number}, geldig sinds ${formatDate(policy.effectiveOn)}. Welke apps het zijn, staat op de pagina Huidige lijst.`} />
      <article className="max-w-3xl">
        <Markdown source={policy.body} />
        {policy.stricterMeasure ? (
          <section aria-labelledby="strenger" className="mt-8 flex flex-col gap-3">
            <h2 id="strenger" className="utrecht-heading-2">Extra regel voor bestuurders en gevoelige functies</h2>
            <p className="utrecht-paragraph">{policy.stricterMeasure}</p>
          </section>
        ) : null}
      </article>
    </>
  );
}
