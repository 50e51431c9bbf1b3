"use server";

import { users } from "@/db/schema";
import { endOpenSessions } from "@/db/queries/sessions";
import { action, ActionError } from "@/lib/action";
import { endUserSessionsSchema } from "./schemas";

/** Signs a person out everywhere, e.g. after a lost phone; the account itself stays active. */
export const endUserSessionsAction = action(
  {
    name: "session.end_all",
    schema: endUserSessionsSchema,
    permission: "sessions.end_any",
    // The person's row orders parallel requests, so the count in the audit row is what this request ended.
    record: { load: ({ id }, lock) => lock(users, id), missing: "Dit account bestaat niet (meer)." },
  },
  async ({ id }, { tx, record, audit }) => {
    const count = await endOpenSessions(tx, id);
    if (count === 0) throw new ActionError(`${record.name} is nergens ingelogd.`);
    await audit({ action: "session.end_all", objectType: "user", objectId: id, after: { count } });
    const message = count === 1 ? `De sessie van ${record.name} is beëindigd.` : `De ${count} sessies van ${record.name} zijn beëindigd.`;
    return { message, redirectTo: `/beheer/gebruikers/${id}`, revalidate: [`/beheer/gebruikers/${id}`] };
  },
);
