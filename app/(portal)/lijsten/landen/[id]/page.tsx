import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getCountry } from "@/db/queries/lists";
import { PageHeader } from "@/components/page-header";
import { formatDate, todayIso } from "@/lib/dates";
import { requirePermission } from "@/lib/auth/session";
import { listsCrumbs } from "../../crumbs";
import { recordTitle } from "@/lib/page-title";
import { parseRecordId } from "@/lib/params";
import { DelistCountryForm, EditCountryForm, RelistCountryForm } from "../_components/country-forms";

export const generateMetadata = async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> =>
  recordTitle("lists.edit", { general: "Land", notFound: "Land niet gevonden" }, async () => {
    const id = parseRecordId((await params).id);
    const country = id ? await getCountry(getDb(), id) : null;
    return country ? `${country.name} (${country.code})` : null;
  });

export default async function CountryPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("lists.edit");
  const id = parseRecordId((await params).id);
  const country = id ? await getCountry(getDb(), id) : null;
  if (!country) notFound();
  return (
    <>
      <PageHeader title={`${country.name} (${country.code})`} crumbs={[...listsCrumbs, { href: "/lijsten/landen", label: "Landen" }]}
        intro={`Op de lijst sinds ${formatDate(country.listedOn)}. Wijzigingen komen in het concept en gelden pas na publicatie van een nieuwe lijstversie.`} />
      {!country.delistedOn && country.nextReviewOn < todayIso() ? (
        <div className="portal-notice mb-8" role="note">
          <p className="utrecht-paragraph">
            <strong>Beoordeling te laat:</strong> de beoordeling stond gepland op {formatDate(country.nextReviewOn)}. Kijk of {country.name} nog op de
            lijst hoort en zet een nieuwe datum bij Volgende beoordeling.
          </p>
        </div>
      ) : null}
      <div className="grid gap-12 lg:grid-cols-2">
        <section aria-labelledby="wijzigen">
          <h2 id="wijzigen" className="utrecht-heading-2 mb-4">Gegevens wijzigen</h2>
          <EditCountryForm country={country} />
        </section>
        <section aria-labelledby="status">
          <h2 id="status" className="utrecht-heading-2 mb-4">{country.delistedOn ? "Van de lijst gehaald" : "Van de lijst halen"}</h2>
          {country.delistedOn ? (
            <div className="flex flex-col gap-4">
              <p className="utrecht-paragraph">Van de lijst sinds {formatDate(country.delistedOn)}. Reden: {country.delistReason}</p>
              <RelistCountryForm id={country.id} />
            </div>
          ) : (
            <DelistCountryForm country={country} today={todayIso()} />
          )}
        </section>
      </div>
    </>
  );
}
