import { optionalText, recordId, z } from "@/lib/zod-nl";

const requestId = recordId("Deze aanvraag bestaat niet (meer).");

export const approveSchema = z.object({ id: requestId, note: optionalText(500) });

export const rejectSchema = z.object({
  id: requestId,
  note: z.string().trim().min(1, "Schrijf op waarom u de aanvraag afwijst. De aanvrager leest dit.").max(500),
});

export const withdrawSchema = z.object({ id: requestId });
