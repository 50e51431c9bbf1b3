import type { PlatformEntries } from "@/lib/mdm-exports/entries";

const IDENTIFIER_WORD = { ios: "iOS-bundel-ID", android: "Android-pakketnaam" } as const;

/**
 * The apps an MDM of this platform cannot block because the list holds no identifier for them. Named on the
 * page, so nobody thinks the file covers the whole list.
 */
export function LeftOut({ entries, platform }: { entries: PlatformEntries; platform: "ios" | "android" }) {
  const word = IDENTIFIER_WORD[platform];
  if (entries.leftOut.length === 0) return <p className="utrecht-paragraph">Alle apps van deze lijstversie hebben een {word}. Het bestand bevat ze allemaal.</p>;
  return (
    <div className="flex flex-col gap-2">
      <p className="utrecht-paragraph">
        <strong>Niet op te nemen (geen {word}): {entries.leftOut.length} {entries.leftOut.length === 1 ? "app" : "apps"}.</strong>{" "}
        Deze apps staan wel op de lijst, maar niet in het bestand. Vul de {word} in bij de app en publiceer een nieuwe lijstversie.
      </p>
      {/* Folded: on a list with few identifiers this runs to dozens of names. */}
      <details>
        <summary className="cursor-pointer">Toon de {entries.leftOut.length} {entries.leftOut.length === 1 ? "app" : "apps"} zonder {word}</summary>
        <ul className="utrecht-unordered-list mt-2 columns-2 md:columns-3">
          {entries.leftOut.map((app) => (
            <li key={app.appId} className="utrecht-unordered-list__item">{app.name}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** How many of the identifiers in a file nobody has checked in the store yet. */
export function Unverified({ entries }: { entries: PlatformEntries }) {
  const open = entries.included.filter((e) => !e.verified).length;
  if (open === 0) return null;
  return (
    <p className="utrecht-paragraph">
      {open} van de {entries.included.length} {entries.included.length === 1 ? "kenmerk is" : "kenmerken zijn"} nog niet geverifieerd in de app-winkel. Kijk ze na voordat u het bestand gebruikt.
    </p>
  );
}
