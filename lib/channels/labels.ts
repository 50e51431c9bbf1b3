import type { ChannelStatus } from "@/db/schema/enums";

// What a reader sees; the codes stay English in the database.
export const channelStatusLabels: Record<ChannelStatus, string> = {
  active: "Actief",
  winding_down: "Wordt afgebouwd",
  closed: "Opgeheven",
};

export const FLAG_TEXT = "Platform staat op de lijst: afbouwen";

/** The value of the app select for "this platform has no app on the list". */
export const NO_APP = "geen";
