import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getPolicyVersion } from "@/db/queries/policy";
import { ButtonLink } from "@/components/button-link";
import { Markdown } from "@/components/markdown";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { parseRecordId } from "@/lib/params";
import { CrossReferences } from "@/app/(portal)/verwijzingen/_components/cross-references";
import { PolicyDetails } from "../_components/policy-details";
import { departmentNamer } from "../department-names";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = parseRecordId((await params).id);
  const version = id ? await getPolicyVersion(getDb(), id) : null;
  // The draft has its own page; this one shows only what was published.
  return version?.publishedAt ? version : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const version = await load(params);
  return { title: version ? `Beleidsversie ${version.number}` : "Beleidsversie niet gevonden" };
}

export default async function PolicyVersionPage({ params }: Props) {
  const viewer = await requirePermission("policy.manage");
  const version = await load(params);
  if (!version) notFound();
  const departmentName = await departmentNamer();

  return (
    <>
      <PageHeader title={`Beleidsversie ${version.number}`} crumbs={[{ href: "/beleid", label: "Beleidsversies" }]}
        intro={`Gepubliceerd door ${version.publishedByName ?? "onbekend"} op ${formatDateTime(version.publishedAt)}. Een gepubliceerde versie verandert niet meer.`}>
        <ButtonLink href={`/beleid/${version.id}/kennisnames`} variant="primary">Kennisname bekijken</ButtonLink>
      </PageHeader>
      <section aria-labelledby="gegevens" className="mb-10 flex flex-col gap-4">
        <h2 id="gegevens" className="utrecht-heading-2">Gegevens</h2>
        <PolicyDetails version={version} departmentName={departmentName} />
      </section>
      <section aria-labelledby="tekst" className="mb-10 flex max-w-3xl flex-col gap-4">
        <h2 id="tekst" className="utrecht-heading-2">Tekst: {version.title}</h2>
        <Markdown source={version.body} />
      </section>
      <CrossReferences kind="policy_version" id={version.id} viewer={viewer} />
    </>
  );
}
