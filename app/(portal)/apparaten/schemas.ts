import { textParam, type SearchParams } from "@/lib/params";
import { recordId, z } from "@/lib/zod-nl";

/** Far above any municipality's fleet; a typo with extra zeros gets a message instead of a silly coverage. */
export const MAX_MANAGED_DEVICES = 1_000_000;

const TOTAL_MESSAGE = "Vul het aantal beheerde apparaten in als een heel getal groter dan 0, zoals 700.";

export const managedTotalSchema = z.object({
  // "1.200" and "1 200" are how a Dutch reader writes a thousand; the dots and spaces are dropped before the check.
  managedDeviceTotal: z
    .string({ message: TOTAL_MESSAGE })
    .trim()
    .transform((v) => v.replace(/[.\s]/g, ""))
    .refine((v) => /^[0-9]{1,9}$/.test(v), TOTAL_MESSAGE)
    .transform(Number)
    .refine((n) => n > 0, TOTAL_MESSAGE)
    .refine((n) => n <= MAX_MANAGED_DEVICES, `Het aantal kan hoogstens ${MAX_MANAGED_DEVICES.toLocaleString("nl-NL")} zijn. Controleer het getal.`),
});

export const removalRequestSchema = z.object({
  importId: recordId("Deze inventaris bestaat niet (meer). Ververs de pagina."),
  confirm: z.literal("ja", { message: "Zet een vinkje om te bevestigen dat u de eigenaren wilt mailen." }),
});

/** Rows of violating devices per page: enough to scan, small enough to render fast at 10,000 devices. */
export const VIOLATIONS_PAGE_SIZE = 25;
const MAX_PAGE = 1_000_000;

/** The page's address parameters (?pagina=3); anything odd gives page 1, never an error. */
export function parseOverviewParams(params: SearchParams): { page: number } {
  const text = textParam(params.pagina, 10) ?? "";
  const page = /^[0-9]+$/.test(text) ? Number(text) : 1;
  return { page: page > 0 ? Math.min(page, MAX_PAGE) : 1 };
}

/** The address of a page of the list of violating devices, pointing at the list itself. */
export const overviewPageHref = (page: number) => `/apparaten${page > 1 ? `?pagina=${page}` : ""}#overtredingen`;
