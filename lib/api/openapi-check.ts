import Ajv from "ajv";
import addFormats from "ajv-formats";

// For tests: checks a real response body against what the OpenAPI document promises for that operation and
// status. Objects are closed (no properties beyond the documented ones), so a field added to a response but
// not to the document fails as surely as a documented field that is missing or has the wrong type or format.

type Json = Record<string, unknown>;

function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (!node || typeof node !== "object") return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closeObjects(value)])) as Json;
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  if (typeof copy.$ref === "string") copy.$ref = copy.$ref.replace(/^#\//, "openapi.json#/");
  return copy;
}

export function openApiResponseChecker(document: Json) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(closeObjects({ components: document.components }) as Json, "openapi.json");
  const components = document.components as { responses: Record<string, Json> };
  const paths = document.paths as Record<string, Record<string, { responses: Record<string, Json> }>>;

  /** The problems with `body` as the answer of GET `path` with `status`; an empty list when it matches. */
  return (path: string, status: number, body: unknown): string[] => {
    let response = paths[path]?.get?.responses[String(status)];
    if (!response) return [`GET ${path} documenteert geen status ${status}`];
    if (typeof response.$ref === "string") response = components.responses[response.$ref.split("/").pop()!];
    const content = response.content as Record<string, { schema: Json }>;
    const schema = (content["application/json"] ?? content["application/problem+json"]).schema;
    const validate = ajv.compile(closeObjects(schema) as Json);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`);
  };
}
