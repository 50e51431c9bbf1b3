import { linkKinds } from "@/db/schema/enums";
import { MAX_RECORD_ID } from "@/lib/params";
import { recordId, z } from "@/lib/zod-nl";

const kind = z.enum(linkKinds, { message: "Dit soort stuk bestaat niet." });

// The target arrives as "memo:3" from one select, so the kind and the id cannot be mixed up between two fields.
const target = z
  .string({ message: "Kies een stuk om naar te verwijzen." })
  .regex(/^[a-z_]+:\d{1,10}$/, "Kies een stuk om naar te verwijzen.")
  .transform((value) => {
    const [k, id] = value.split(":");
    return { kind: k, id: Number(id) };
  })
  .pipe(z.object({ kind, id: z.number().int().positive().max(MAX_RECORD_ID, "Kies een stuk om naar te verwijzen.") }));

export const addLinkSchema = z.object({ fromKind: kind, fromId: recordId(), target });

export const removeLinkSchema = z.object({ id: recordId(), fromKind: kind, fromId: recordId() });
