import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getOrganisation } from "@/db/queries/organisation";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Contact" };

// "14 0000" is dialled as 140000: a tel: link takes only digits and a leading +.
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

export default async function ContactPage() {
  await connection();
  const organisation = await getOrganisation();
  return (
    <>
      <PageHeader
        title="Contact"
        crumbs={[{ href: "/", label: "Startpagina" }]}
        intro="Hebt u een vraag over de lijst met apps, het beleid of deze website? Neem dan contact met ons op."
      />
      <div className="flex max-w-3xl flex-col gap-4">
        <section aria-labelledby="gegevens" className="border border-border p-5">
          <h2 id="gegevens" className="utrecht-heading-2">{organisation.name}</h2>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[8rem_1fr]">
            {organisation.contactEmail ? (
              <>
                <dt className="font-bold">E-mail</dt>
                <dd><a className="utrecht-link" href={`mailto:${organisation.contactEmail}`}>{organisation.contactEmail}</a></dd>
              </>
            ) : null}
            {organisation.contactPhone ? (
              <>
                <dt className="font-bold">Telefoon</dt>
                <dd><a className="utrecht-link utrecht-link--telephone" href={telHref(organisation.contactPhone)}>{organisation.contactPhone}</a></dd>
              </>
            ) : null}
            {organisation.websiteUrl ? (
              <>
                <dt className="font-bold">Website</dt>
                <dd><a className="utrecht-link" href={organisation.websiteUrl}>{organisation.websiteUrl.replace(/^https?:\/\//, "")}</a></dd>
              </>
            ) : null}
          </dl>
          {!organisation.contactEmail && !organisation.contactPhone ? (
            <p className="utrecht-paragraph">De contactgegevens zijn nog niet ingevuld. Neem contact op via de algemene website van de gemeente.</p>
          ) : null}
        </section>

        <h2 className="utrecht-heading-2 mt-6">Waarvoor kunt u ons mailen of bellen?</h2>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">Vragen over de lijst met landen en apps, of over het beleid.</li>
          <li className="utrecht-unordered-list__item">
            Een fout in de lijst, bijvoorbeeld een verkeerde bundel-ID of pakketnaam. Noem dan de naam van de app en het nummer van de lijstversie.
          </li>
          <li className="utrecht-unordered-list__item">
            Een probleem met de toegankelijkheid van deze website. Zie ook de <Link className="utrecht-link" href="/toegankelijkheid">toegankelijkheidsverklaring</Link>.
          </li>
          <li className="utrecht-unordered-list__item">
            Vragen over uw persoonsgegevens. Zie ook de <Link className="utrecht-link" href="/privacy">privacyverklaring</Link>.
          </li>
          <li className="utrecht-unordered-list__item">
            Vragen over de open data en de API. Zie ook de <Link className="utrecht-link" href="/open-data">uitleg over open data</Link>.
          </li>
        </ul>

        <h2 className="utrecht-heading-2 mt-6">Werkt u bij de gemeente?</h2>
        <p className="utrecht-paragraph">
          Bent u uw werktelefoon kwijt? Of denkt u dat iemand anders toegang heeft tot uw telefoon of uw account? Meld dat meteen,
          ook buiten kantoortijd{organisation.contactPhone ? <> via {organisation.contactPhone}</> : null}. Wacht niet tot later: hoe sneller
          wij het weten, hoe beter wij de schade kunnen beperken.
        </p>
        <p className="utrecht-paragraph">
          Hebt u een app van de lijst echt nodig voor uw werk? Een uitzondering aanvragen kan nog niet in dit portaal. Neem
          contact op met de CISO (de adviseur informatiebeveiliging van de gemeente){organisation.contactEmail ? <> via{" "}
          <a className="utrecht-link" href={`mailto:${organisation.contactEmail}`}>{organisation.contactEmail}</a></> : null}. Vertel
          welke app het is en waarvoor u hem nodig hebt.
        </p>

        <h2 className="utrecht-heading-2 mt-6">Bent u journalist?</h2>
        <p className="utrecht-paragraph">
          Neem voor vragen van de pers contact op met de afdeling Communicatie van de gemeente
          {organisation.websiteUrl ? <> via de <a className="utrecht-link" href={organisation.websiteUrl}>website van de gemeente</a></> : null}.
        </p>
      </div>
    </>
  );
}
