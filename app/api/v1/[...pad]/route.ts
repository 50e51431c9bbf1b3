import { notFound, preflight } from "@/lib/api/respond";

// Unknown API paths answer like the API does, with problem+json, instead of the HTML 404 page; for every
// method, since a path that does not exist cannot be written to either.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return notFound("Dit adres bestaat niet in de API. Zie /api/v1/openapi.json voor alle adressen.", request);
}

export const OPTIONS = preflight;
export { GET as DELETE, GET as PATCH, GET as POST, GET as PUT };
