import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The framework's floor: a bare Next app of the project's own version (its node_modules, linked) with one
 * dynamic page without data and one static file, built with `next build` in `dir`.
 */
export function buildBareNext(dir: string, projectRoot: string) {
  mkdirSync(path.join(dir, "app"), { recursive: true });
  mkdirSync(path.join(dir, "public"), { recursive: true });
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bench-bare-next", private: true, type: "module" }));
  writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({
    compilerOptions: { target: "ES2022", lib: ["dom", "esnext"], module: "esnext", moduleResolution: "bundler", jsx: "react-jsx", strict: true, skipLibCheck: true, noEmit: true, isolatedModules: true, plugins: [{ name: "next" }] },
    include: ["**/*.ts", "**/*.tsx"],
  }));
  // The linked node_modules lies outside the folder: the root that turbopack may read from must include both.
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(path.parse(dir).root)} } };\n`);
  writeFileSync(path.join(dir, "app", "layout.tsx"),
    `export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return <html lang="nl"><body>{children}</body></html>;\n}\n`);
  writeFileSync(path.join(dir, "app", "page.tsx"),
    `import { connection } from "next/server";\n\nexport default async function Page() {\n  await connection();\n  return <main><h1>Kale Next-pagina</h1><p>{new Date().toISOString()}</p></main>;\n}\n`);
  writeFileSync(path.join(dir, "public", "static.svg"),
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1a5a96"/></svg>\n`);
  const build = spawnSync(process.execPath, [nextBin(projectRoot), "build"], { cwd: dir, stdio: "pipe", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" } });
  if (build.status !== 0) throw new Error(`next build van de kale app mislukte:\n${build.stdout}\n${build.stderr}`);
}

export const nextBin = (projectRoot: string) => path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
