import type { MemoAudience } from "@/db/schema/enums";

/** Identifies the draft as shown on the confirmation page: any save since then changes it. */
export function memoFingerprint(memo: { id: number; updatedAt: Date }): string {
  return `${memo.id}:${memo.updatedAt.toISOString()}`;
}

/** What a draft still lacks before it can be published, in Dutch. */
export function memoGaps(memo: { audiences: MemoAudience[] }): string[] {
  return memo.audiences.length ? [] : ["Kies minstens één doelgroep: aan wie is de memo gericht?"];
}

/** The refusal for any change to a published memo: it is what its readers were told. */
export const publishedRefusal = (number: number | null) =>
  `Memo ${number} is gepubliceerd en verandert niet meer. Klopt er iets niet? Maak dan een correctie: een nieuwe memo die naar deze verwijst.`;
