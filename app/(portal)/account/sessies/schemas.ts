import { z } from "@/lib/zod-nl";

export const endSessionSchema = z.object({ id: z.uuid({ message: "Deze sessie bestaat niet of is al beëindigd." }) });

export const endOtherSessionsSchema = z.object({});
