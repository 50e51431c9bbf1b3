import Link from "next/link";
import type { ExclusionGroup } from "@/lib/mdm-exports/exclusions";
import { formatDate } from "@/lib/dates";
import { countOf } from "@/lib/plural";
import { DownloadLink } from "./download-link";

/** Who keeps an app by an approved exemption: per app, the members of its exclusion group in the MDM. */
export function ExclusionsSection({ groups, base, today, showRegister }: { groups: ExclusionGroup[]; base: string; today: string; showRegister: boolean }) {
  const people = groups.reduce((n, g) => n + g.members.length, 0);
  return (
    <section aria-labelledby="uitzonderingen" className="mb-10 flex flex-col gap-4">
      <h2 id="uitzonderingen" className="utrecht-heading-2">Uitsluitingsgroepen: mensen met een uitzondering</h2>
      <p className="utrecht-paragraph max-w-3xl">
        Wie een goedgekeurde uitzondering heeft, mag de app houden op het toestel dat in de uitzondering staat. Maak in uw MDM per app een groep (in Intune: een groep in
        Entra ID) met deze mensen en sluit die groep uit van het beleid dat de app blokkeert. In het bestand staan per app van deze lijstversie de naam, het e-mailadres en het toestel. Het geldt op de dag van downloaden: een uitzondering die afloopt of wordt ingetrokken, valt er de dag erna uit. Download het
        bestand dus opnieuw als er iets verandert, en haal mensen die er niet meer in staan uit de groep.
      </p>
      <p className="utrecht-paragraph">
        {people === 0
          ? `Op ${formatDate(today)} heeft niemand een geldige uitzondering voor een app van deze versie.`
          : `Op ${formatDate(today)}: ${countOf(people, "uitzondering", "uitzonderingen")} voor ${countOf(groups.length, "app", "apps")} (${groups.map((g) => `${g.name}: ${g.members.length}`).join(", ")}).`}
      </p>
      <div className="flex flex-wrap gap-3">
        <DownloadLink href={`${base}/uitsluitingen`}>Download uitsluitingsgroepen (CSV)</DownloadLink>
        <DownloadLink href={`${base}/uitsluitingen-json`}>Download uitsluitingsgroepen (JSON)</DownloadLink>
      </div>
      {showRegister ? <p className="utrecht-paragraph"><Link className="utrecht-link" href="/uitzonderingen/register">Naar het register van uitzonderingen</Link></p> : null}
    </section>
  );
}
