import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { DEFAULT_BYTE_LIMIT, tooLargeMessage } from "@/lib/inventory/body-reader";
import { ALREADY_RUNNING } from "@/lib/inventory/import-rows";
import { FormatTables } from "./_components/format-tables";
import { UploadForm } from "./_components/upload-form";

export const metadata: Metadata = { title: "Inventaris importeren" };
export const dynamic = "force-dynamic";

const MAX_MB = Math.round(DEFAULT_BYTE_LIMIT / 1024 / 1024);

// The upload route sends the form without JavaScript back here with one of these codes; other text is never shown.
const messages: Record<string, string> = {
  "geen-bestand": "Kies een CSV-bestand om te importeren.",
  "te-groot": tooLargeMessage(DEFAULT_BYTE_LIMIT),
  bezig: ALREADY_RUNNING,
  "andere-website": "Dit verzoek kwam van een andere website en is geweigerd.",
};

type Props = { searchParams: Promise<{ melding?: string | string[] }> };

export default async function ImportInventoryPage({ searchParams }: Props) {
  await requirePermission("devices.manage");
  const code = (await searchParams).melding;
  const initialError = typeof code === "string" ? messages[code] : undefined;
  return (
    <>
      <PageHeader title="Inventaris importeren" crumbs={[{ href: "/apparaten", label: "Apparaten" }]}
        intro="Upload de app-inventaris uit het MDM-systeem. Het portaal vergelijkt elke app met de gepubliceerde lijst en laat zien op welke apparaten een app van de lijst staat." />
      <UploadForm initialError={initialError} maxMb={MAX_MB} />
      <section aria-labelledby="regels" className="mt-10 flex max-w-3xl flex-col gap-3">
        <h2 id="regels" className="utrecht-heading-2">Wat het portaal met het bestand doet</h2>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">Een CSV-bestand in UTF-8, met komma, puntkomma of tab als scheidingsteken en de kolomnamen op de eerste regel. Excel: kies Opslaan als → &ldquo;CSV UTF-8&rdquo;. Een bestand in UTF-16 of Windows-1252 wordt geweigerd.</li>
          <li className="utrecht-unordered-list__item">Hoogstens {MAX_MB} MB. Er loopt steeds één import tegelijk.</li>
          <li className="utrecht-unordered-list__item">Alles of niets: vindt het portaal een fout, dan wordt niets van het bestand bewaard en blijft de vorige inventaris gelden. U ziet welke regels niet klopten.</li>
          <li className="utrecht-unordered-list__item">Het auditlog krijgt één regel met de vingerafdruk (SHA-256) van het bestand en de aantallen.</li>
        </ul>
      </section>
      <div className="mt-10"><FormatTables /></div>
    </>
  );
}
