import { DataTable } from "@/components/data-table";

const intune: [string, string][] = [
  ["ApplicationKey", "Bundle-id (iOS) of pakketnaam (Android) van de app"],
  ["ApplicationName", "Naam van de app"],
  ["ApplicationPublisher", "Uitgever van de app"],
  ["ApplicationShortVersion, ApplicationVersion", "Versie van de app (wordt niet gebruikt)"],
  ["DeviceId", "Id van het apparaat in Intune (verplicht)"],
  ["DeviceName", "Naam van het apparaat"],
  ["EmailAddress", "E-mailadres van de eigenaar"],
  ["OSDescription, OSVersion", "Besturingssysteem en versie"],
  ["Platform", "iOS, Android of een ander platform (verplicht)"],
  ["UserId, UserName", "Gebruiker in Intune (wordt niet gebruikt)"],
];

const generic: [string, string, string][] = [
  ["apparaat_id", "ja", "Uniek id van het apparaat"],
  ["eigenaar_email", "ja (mag leeg zijn)", "E-mailadres van de eigenaar; leeg of onbekend telt als onbekende eigenaar"],
  ["platform", "ja", "Bijvoorbeeld iOS of Android"],
  ["app_id", "ja (mag leeg zijn)", "Bundle-id of pakketnaam, bijvoorbeeld com.zhiliaoapp.musically"],
  ["app_naam", "ja (mag leeg zijn)", "Naam van de app; app_id of app_naam moet gevuld zijn"],
  ["apparaat_naam", "nee", "Naam van het apparaat"],
  ["os_versie", "nee", "Versie van het besturingssysteem"],
  ["uitgever", "nee", "Uitgever van de app; nodig om op naam te kunnen vergelijken"],
];

/** The two accepted file formats, column by column, so the CISO can check an export before uploading it. */
export function FormatTables() {
  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <section aria-labelledby="formaat-intune" className="flex flex-col gap-3">
        <h2 id="formaat-intune" className="utrecht-heading-2">Formaat 1: de Intune-export</h2>
        <p className="utrecht-paragraph">
          Exporteer in Microsoft Intune het rapport &ldquo;AppInvRawData&rdquo; (de gevonden apps per apparaat) als CSV. Alle dertien kolommen moeten erin staan; de volgorde maakt niet uit.
        </p>
        <DataTable captionHidden caption="Kolommen van de Intune-export" columns={["Kolom", "Betekenis"]}>
          {intune.map(([name, meaning]) => (
            <tr key={name} className="utrecht-table__row">
              <td className="utrecht-table__cell"><code>{name}</code></td>
              <td className="utrecht-table__cell">{meaning}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section aria-labelledby="formaat-algemeen" className="flex flex-col gap-3">
        <h2 id="formaat-algemeen" className="utrecht-heading-2">Formaat 2: het algemene formaat</h2>
        <p className="utrecht-paragraph">
          Voor een ander MDM-systeem: één regel per app per apparaat, met deze kolomnamen op de eerste regel. Voorbeeld:
        </p>
        <pre className="overflow-x-auto border border-border p-3"><code>{"apparaat_id;eigenaar_email;platform;app_id;app_naam\nA-0001;j.jansen@gemeente.nl;iOS;com.zhiliaoapp.musically;TikTok"}</code></pre>
        <DataTable captionHidden caption="Kolommen van het algemene formaat" columns={["Kolom", "Verplicht", "Betekenis"]}>
          {generic.map(([name, required, meaning]) => (
            <tr key={name} className="utrecht-table__row">
              <td className="utrecht-table__cell"><code>{name}</code></td>
              <td className="utrecht-table__cell">{required}</td>
              <td className="utrecht-table__cell">{meaning}</td>
            </tr>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
