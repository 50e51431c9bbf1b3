import { expect } from "vitest";
import { harness, call, type TestViewer } from "@/test/action-harness";
import type { ActionState } from "@/lib/action";
import { PortalPdf } from "@/lib/pdf/document";
import { createDecisionAction } from "./actions";

// Shared by the decision tests: a valid form, a real small PDF, and a call with a file.
let serial = 0;
export const uniqueNumber = () => `2026-${String(++serial).padStart(4, "0")}-${Math.random().toString(36).slice(2, 6)}`;

export const decisionInput = (overrides: Record<string, string> = {}) => ({
  number: uniqueNumber(),
  decidedOn: "2026-11-25",
  subject: "Apps uit landen met een offensief cyberprogramma weren van werktelefoons",
  decisionPoints: "1. Het advies van de VNG volgen.\n2. Deze apps niet als communicatiekanaal inzetten.",
  arguments: "Risico op spionage.",
  considerations: "",
  finances: "Geen extra kosten.",
  communication: "Via intranet.",
  status: "in_progress",
  acceptMilestones: "ja",
  ...overrides,
});

export async function smallPdf() {
  return new PortalPdf({ title: "Advies", organisation: "Gemeente Voorbeeld", keywords: [] }).letterhead().paragraph("Bijlage bij het besluit.").finish("Test");
}

/** Calls an action with a file, as the browser's multipart form would (the harness form() takes text only). */
export async function callWithFile(run: (prev: ActionState, data: FormData) => Promise<ActionState>, fields: Record<string, string>, file: File) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  data.append("file", file);
  try {
    return { state: await run(null, data), redirectTo: null as string | null };
  } catch (error) {
    const redirectTo = (error as { redirectTo?: string }).redirectTo;
    if (redirectTo) return { state: null, redirectTo };
    throw error;
  }
}

/** Registers a decision as the given griffie member and returns its id and number. */
export async function createDecisionAs(griffie: TestViewer, overrides: Record<string, string> = {}) {
  harness.viewer = griffie;
  const input = decisionInput(overrides);
  const { redirectTo, state } = await call(createDecisionAction, input);
  expect(state).toBeNull();
  const id = Number(/\/besluiten\/(\d+)$/.exec(redirectTo!)![1]);
  return { id, number: input.number };
}
