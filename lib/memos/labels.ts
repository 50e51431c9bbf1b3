import type { MemoAudience } from "@/db/schema/enums";

/** The audiences as the form's checkboxes name them. */
export const memoAudienceLabels: Record<MemoAudience, string> = {
  staff: "Medewerkers",
  council: "Raadsleden",
  citizen_council: "Burgerraadsleden",
  college: "College van B&W",
};

// The order people expect on an "Aan" line: the raad first, then the college, then the staff.
const addressOrder: MemoAudience[] = ["council", "citizen_council", "college", "staff"];
const inSentence: Record<MemoAudience, string> = {
  staff: "medewerkers",
  council: "raadsleden",
  citizen_council: "burgerraadsleden",
  college: "het college van B&W",
};

/** "raadsleden, burgerraadsleden en het college van B&W": the "Aan" line of a memo in words. */
export function audienceWords(audiences: readonly MemoAudience[]): string {
  const words = addressOrder.filter((a) => audiences.includes(a)).map((a) => inSentence[a]);
  if (words.length === 0) return "nog niemand gekozen";
  if (words.length === 1) return words[0];
  return `${words.slice(0, -1).join(", ")} en ${words.at(-1)}`;
}
