import { getOrganisation } from "@/db/queries/organisation";
import { openApiDocument } from "@/lib/api/openapi";
import { apiJson, apiOrigin, apiUrl, preflight } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const organisation = await getOrganisation();
  return apiJson(
    openApiDocument({
      serverUrl: apiUrl(request, ""),
      contactName: `${organisation.name}, informatiebeveiliging`,
      // The page that explains this API, rather than the organisation's general contact page.
      contactUrl: `${apiOrigin(request)}/open-data`,
      contactEmail: organisation.contactEmail || undefined,
    }),
  );
}

export const OPTIONS = preflight;
export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";
