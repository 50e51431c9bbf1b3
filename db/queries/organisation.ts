import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db";
import { organisation } from "@/db/schema";

const fallback = { name: "Gemeente", contactEmail: "", contactPhone: null, websiteUrl: null, councilAnswerTermDays: 30, sessionIdleMinutes: 30, sessionAbsoluteHours: 10 };

/** The organisation's settings; a fresh PostgreSQL database without them still renders the shell. */
export const getOrganisation = cache(async () => {
  const [row] = await getDb()
    .select({
      name: organisation.name,
      contactEmail: organisation.contactEmail,
      contactPhone: organisation.contactPhone,
      websiteUrl: organisation.websiteUrl,
      councilAnswerTermDays: organisation.councilAnswerTermDays,
      sessionIdleMinutes: organisation.sessionIdleMinutes,
      sessionAbsoluteHours: organisation.sessionAbsoluteHours,
    })
    .from(organisation)
    .where(eq(organisation.id, 1));
  return row ?? fallback;
});
