import { CONNECTIONS } from "./load";

export type Row = { page: string; role: string; reqPerSec: number; p99: number; ratio: number; queries: number | null; kb: number; failures: number };

export const GOAL_RATIO = 0.5;
export const GOAL_P99_MS = 250;

const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));

/** The figures as a Markdown table, so they can go into the README as they are. */
export function formatTable(rows: Row[]) {
  const header = ["pagina", "rol", "req/s", "p99 (ms)", "× kaal", "SQL", "KB", "fout", "doel"];
  const lines = rows.map((r) => [
    r.page, r.role, r.reqPerSec.toFixed(1), String(r.p99), r.ratio.toFixed(2), r.queries === null ? "–" : String(r.queries), r.kb.toFixed(0),
    String(r.failures), r.ratio >= GOAL_RATIO && r.p99 <= GOAL_P99_MS && r.failures === 0 ? "ja" : "nee",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const right = [false, false, true, true, true, true, true, true, false];
  const row = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i], right[i])).join(" | ")} |`;
  return [row(header), `|${widths.map((w, i) => (right[i] ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`, ...lines.map(row)].join("\n") +
    `\n(${CONNECTIONS} verbindingen; "× kaal" = req/s gedeeld door die van de kale Next-pagina; SQL = statements per verzoek; KB = grootte van het antwoord; ` +
    `fout = niet-2xx, fouten en time-outs; doel = ≥ ${GOAL_RATIO}× kaal, p99 ≤ ${GOAL_P99_MS} ms en geen fouten)`;
}
