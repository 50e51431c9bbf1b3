import "server-only";
import { headers } from "next/headers";
import { formatDateTime } from "@/lib/dates";
import { activationPath, configuredOrigin } from "@/lib/users/invitations";

/** What an action that made an activation link hands back to its form; without a link when none was made. */
export type InvitationData = { activationLink?: string; expiresLabel?: string; userId: string; userName: string };

// The link goes back in the form's result only; it never travels in a URL or a redirect.
export async function invitationData(user: { id: string; name: string }, invitation: { token: string; expiresAt: Date }): Promise<InvitationData> {
  const h = await headers();
  const host = h.get("host");
  const origin = configuredOrigin() ?? (host ? `${h.get("x-forwarded-proto") ?? "http"}://${host}` : "http://localhost:3000");
  return {
    activationLink: `${origin}${activationPath(invitation.token)}`,
    expiresLabel: formatDateTime(invitation.expiresAt),
    userId: user.id,
    userName: user.name,
  };
}
