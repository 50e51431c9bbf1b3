import { API_TITLE } from "@/lib/api/openapi";
import { API_VERSION } from "@/lib/api/problem";
import { apiJson, apiOrigin, link, preflight } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** The root of the API: where a client (or a curious person) starts. */
export function GET(request: Request) {
  return apiJson({
    naam: API_TITLE,
    versie: API_VERSION,
    _links: {
      self: link(request, ""),
      lijstversies: link(request, "/lijstversies"),
      actueleLijstversie: link(request, "/lijstversies/actueel"),
      apps: link(request, "/apps"),
      landen: link(request, "/landen"),
      raadsvragen: link(request, "/raadsvragen"),
      besluiten: link(request, "/besluiten"),
      openapi: link(request, "/openapi.json"),
      documentatie: { href: `${apiOrigin(request)}/open-data` },
    },
  });
}

export const OPTIONS = preflight;
export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";
