import { methodNotAllowed } from "./respond";

// Every API route re-exports these, so a write answers 405 with Allow, API-Version, CORS and a Dutch
// problem+json body instead of Next's bare 405 (/core/http-methods).
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
