import { z } from "@/lib/zod-nl";

const OPEN_CONFIRMATION = "Open de pagina Publiceren, bekijk de wijzigingen en bevestig daar.";

export const publishSchema = z.object({
  note: z.string().trim().min(10, "Beschrijf in minstens 10 tekens wat er verandert en waarom.").max(2000),
  // A version is permanent and public: publishing needs the tick on the confirmation page, and the
  // fingerprint of the changes shown there (see changelogFingerprint).
  bevestigd: z.literal("ja", "Vink aan dat u deze lijstversie wilt publiceren."),
  concept: z.string({ message: OPEN_CONFIRMATION }).regex(/^[0-9a-f]{64}$/, OPEN_CONFIRMATION),
});
