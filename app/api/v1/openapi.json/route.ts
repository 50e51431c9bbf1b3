import { getOrganisation } from "@/db/queries/organisation";
import { openApiDocument } from "@/lib/api/openapi";
import { apiJson, apiUrl, preflight } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const organisation = await getOrganisation();
  return apiJson(
    openApiDocument({
      serverUrl: apiUrl(request, ""),
      contactName: `${organisation.name}, informatiebeveiliging`,
      contactEmail: organisation.contactEmail || undefined,
    }),
  );
}

export const OPTIONS = preflight;
