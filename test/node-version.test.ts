import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Node 20 is past its end of life (30 April 2026): the portal and its tests run on the Node 24 that npm installs.
describe("Node.js runtime", () => {
  const pinned = readFileSync(".nvmrc", "utf8").trim();

  it("runs the tests on the Node version the project pins", () => {
    expect(process.version).toBe(`v${pinned}`);
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(24);
  });

  it("pins the same version in package.json, and requires Node 24 or newer", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    expect(pkg.devDependencies.node).toBe(pinned);
    expect(pkg.engines.node).toBe(">=24");
    expect(pkg.allowScripts.node).toBe(true);
  });
});
