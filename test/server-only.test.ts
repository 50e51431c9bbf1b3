import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Code that reads the request (cookies, headers, the session) runs only on the server; `import "server-only"`
// turns an accidental import from a client component into a build error instead of a leak.
const root = path.resolve(import.meta.dirname, "..");
const requestBound = /from "(next\/headers|next\/cache|next-auth|@\/lib\/auth\/next-auth)"/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

describe("server-only", () => {
  const modules = [...sourceFiles("lib"), ...sourceFiles("db")].filter((file) => requestBound.test(readFileSync(path.join(root, file), "utf8")));

  it("finds the modules that read the request", () => {
    expect(modules).toContain(path.join("lib", "auth", "session.ts"));
  });

  it.each(modules)("%s is marked server-only", (file) => {
    expect(readFileSync(path.join(root, file), "utf8")).toMatch(/^import "server-only";$/m);
  });
});
