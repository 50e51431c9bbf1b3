import { getDb } from "@/db";
import { getLatestVersion } from "@/db/queries/list-versions";

export default async function PublicListPage() {
  const latest = await getLatestVersion(getDb());
  return (
    <div>
      <h1 className="utrecht-heading-1">Apps uit landen met een offensief cyberprogramma</h1>
      <p className="utrecht-paragraph">Lijstversie {latest?.number ?? "–"}</p>
    </div>
  );
}
