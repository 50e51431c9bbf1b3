import { parseAllowlist } from "@/lib/mdm-exports/allowlist";
import type { ExportVersion } from "@/lib/mdm-exports/entries";
import { ALLOWLIST_PARAM, INSTALL_PARAM, RETURN_PARAM, listedIdentifiers } from "../_lib/allowlist-request";
import { AllowlistForm } from "./allowlist-form";
import type { SearchParams } from "@/lib/params";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** What came back from a refused download: the typed text and its messages, for the form it belongs to. */
function returned(version: ExportVersion, platform: "ios" | "android", form: string, query: SearchParams) {
  if (first(query[RETURN_PARAM]) !== form) return { value: "", errors: [] };
  const value = first(query[ALLOWLIST_PARAM]);
  const result = parseAllowlist(platform, listedIdentifiers(version, platform), value);
  return { value, errors: result.ok ? [] : result.messages };
}

/** The end state of the kamerbrief: only approved apps. The CISO types them; the list version is checked against. */
export function AllowlistSection({ version, base, query }: { version: ExportVersion; base: string; query: SearchParams }) {
  const apple = returned(version, "ios", "apple", query);
  const android = returned(version, "android", "android", query);
  const forced = first(query[INSTALL_PARAM]) === "verplicht";
  return (
    <section aria-labelledby="toestaan" className="mb-10 flex flex-col gap-4">
      <h2 id="toestaan" className="utrecht-heading-2">Alleen toegestane apps (de eindsituatie)</h2>
      <div className="utrecht-alert utrecht-alert--warning max-w-3xl">
        <p className="utrecht-paragraph">
          Dit is een sjabloon voor de volgende stap: niet de apps van de lijst blokkeren, maar alleen goedgekeurde apps toestaan. Het portaal houdt geen lijst met
          goedgekeurde apps bij. U vult die apps hieronder zelf in. Het bestand <strong>blokkeert alles wat er niet in staat</strong>, ook apps die mensen nu nodig hebben.
          Probeer het eerst op één testapparaat.
        </p>
      </div>
      <p className="utrecht-paragraph max-w-3xl">
        Het portaal controleert de lijst: elk kenmerk moet de juiste vorm hebben, en een app van lijstversie {version.number} mag er niet in staan.
      </p>

      <h3 id="toestaan-apple" className="utrecht-heading-3">Apple: profiel met toegestane apps</h3>
      <p className="utrecht-paragraph max-w-3xl">
        Het profiel gebruikt <code>allowListedAppBundleIDs</code>. Op een iPhone of iPad onder toezicht zijn daarna alleen deze apps te zien en te openen. Noem ook de apps van
        Apple die mensen moeten houden, zoals Instellingen, Telefoon of Safari.
      </p>
      <AllowlistForm id="apple" action={`${base}/apple-toegestaan`} label="Toegestane iOS-bundel-ID's" description="Bijvoorbeeld com.microsoft.skype.teams."
        value={apple.value} errors={apple.errors} submitLabel="Download profiel met toegestane apps" />

      <h3 id="toestaan-android" className="utrecht-heading-3">Android: beleid met toegestane apps</h3>
      <p className="utrecht-paragraph max-w-3xl">
        Het beleid zet de beheerde Play Store op <code>playStoreMode: WHITELIST</code>. Alleen de apps in het beleid zijn te installeren; andere apps worden van het apparaat gehaald.
      </p>
      <AllowlistForm id="android" action={`${base}/android-toegestaan`} label="Toegestane Android-pakketnamen" description="Bijvoorbeeld com.microsoft.teams."
        value={android.value} errors={android.errors} submitLabel="Download beleid met toegestane apps">
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-label">Hoe komen de toegestane apps op het apparaat?</legend>
          <div className="mt-2 flex flex-col gap-2">
            <label className="flex items-center gap-2">
              <input type="radio" name={INSTALL_PARAM} value="beschikbaar" defaultChecked={!forced} className="utrecht-radio-button utrecht-radio-button--html-input" />
              De medewerker installeert ze zelf uit de Play Store (AVAILABLE)
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name={INSTALL_PARAM} value="verplicht" defaultChecked={forced} className="utrecht-radio-button utrecht-radio-button--html-input" />
              Ze worden op elk apparaat geïnstalleerd (FORCE_INSTALLED)
            </label>
          </div>
        </fieldset>
      </AllowlistForm>
    </section>
  );
}
