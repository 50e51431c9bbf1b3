import { recordId, z } from "@/lib/zod-nl";

const ticked = (message: string) => z.literal("ja", { error: message });

// No user id: whose statement it is comes from the session alone, and zod drops any field posted besides these.
export const acknowledgeSchema = z.object({
  policyVersionId: recordId("Deze beleidsversie bestaat niet."),
  read: ticked("Vink aan dat u het beleid heeft gelezen."),
  removal: ticked("Vink aan dat er geen van deze apps op uw werkapparaten staan, of dat u ze op tijd verwijdert."),
});
