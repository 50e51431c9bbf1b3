import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { openApiResponseChecker } from "./openapi-check";
import { councilPaths } from "./openapi-council";

// The examples in the council part of the document are what a client reads first: they must match the
// schemas exactly (no field the schema lacks), not only loosely as Spectral checks them.
const document = openApiDocument({ serverUrl: "http://localhost/api/v1", contactName: "Test", contactUrl: "http://localhost/open-data" });
const check = openApiResponseChecker(document as unknown as Record<string, unknown>);

describe("OpenAPI-document: raadsinformatie", () => {
  it.each(Object.keys(councilPaths))("has an example for GET %s that matches its schema exactly", (path) => {
    const example = (councilPaths as Record<string, { get: { responses: { "200": { content: { "application/json": { example: unknown } } } } } }>)[path]
      .get.responses["200"].content["application/json"].example;
    expect(example).toBeDefined();
    expect(check(path, 200, example)).toEqual([]);
  });

  it("is merged into the one document with its parameters and 404 answer", () => {
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/raadsvragen", "/raadsvragen/{id}", "/besluiten", "/besluiten/{id}"]));
    expect(document.components.parameters.paginaGrootte.schema.maximum).toBe(100);
    expect(document.components.responses.RaadsinformatieNietGevonden).toBeDefined();
    expect(document.tags.map((t) => t.name)).toContain("Raadsinformatie");
  });
});
