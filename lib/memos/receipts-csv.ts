import { toCsv } from "@/lib/csv";
import { formatDateTime } from "@/lib/dates";

type Member = { name: string; email: string; jobTitle: string | null; openedAt: Date | null };

/** One row per person in the memo's audience: whether and when they first opened it (Amsterdam time, and UTC for sorting). */
export function receiptsCsv(members: Member[]): string {
  return toCsv(
    ["Naam", "E-mailadres", "Functie", "Geopend", "Eerst geopend op", "Eerst geopend op (UTC)"],
    members.map((m) => [m.name, m.email, m.jobTitle, m.openedAt ? "ja" : "nee", m.openedAt ? formatDateTime(m.openedAt) : null, m.openedAt?.toISOString() ?? null]),
  );
}
