import { optionalText, recordId, z } from "@/lib/zod-nl";

const requestId = recordId("Deze aanvraag bestaat niet (meer).");

export const approveSchema = z.object({ id: requestId, note: optionalText(500) });

// Named apart from the approval's note: both forms are on one page, and field ids follow the names.
export const rejectSchema = z.object({
  id: requestId,
  reason: z.string().trim().min(1, "Schrijf op waarom u de aanvraag afwijst. De aanvrager leest dit.").max(500),
});

export const withdrawSchema = z.object({ id: requestId });
