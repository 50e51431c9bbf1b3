import { describe, expect, it } from "vitest";
import { describeMailError, messageIdFor, nextAttemptAfter } from "./delivery";

describe("mail delivery helpers", () => {
  it("backs off 1, 2, 4 … minutes, at most an hour", () => {
    const now = new Date("2026-11-25T10:00:00Z");
    const waits = [1, 2, 3, 4, 7, 8, 20].map((n) => (nextAttemptAfter(n, now).getTime() - now.getTime()) / 60_000);
    expect(waits).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });

  it("keeps the error short, without the configured password, and tells an unreachable server apart", () => {
    const refused = describeMailError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:2525"), { code: "ESOCKET" }));
    expect(refused).toEqual({ text: "ESOCKET connect ECONNREFUSED 127.0.0.1:2525", unreachable: true });
    const rejected = describeMailError(Object.assign(new Error(`Invalid login: 535 bad password geheim123\n${"x".repeat(500)}`), { code: "EAUTH", responseCode: 535 }), { SMTP_PASSWORD: "geheim123" });
    expect(rejected.text).toBe("EAUTH 535 Invalid login: 535 bad password ***");
    expect(rejected.unreachable).toBe(false);
    expect(describeMailError(new Error("y".repeat(1000))).text).toHaveLength(200);
  });

  it("gives every attempt at one message the same Message-ID, with the sender's domain", () => {
    const message = { id: 7, createdAt: new Date("2026-11-25T10:00:00Z") };
    expect(messageIdFor(message, "Weerbare apps <noreply@gemeente.nl>")).toBe(`<outbox-7-${message.createdAt.getTime()}@gemeente.nl>`);
    expect(messageIdFor(message, "noreply@gemeente.nl")).toBe(messageIdFor(message, "Weerbare apps <noreply@gemeente.nl>"));
  });
});
