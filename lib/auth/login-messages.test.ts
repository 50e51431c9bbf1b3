import { describe, expect, it } from "vitest";
import { lockedMessage } from "@/lib/auth/login-messages";

describe("lockedMessage", () => {
  const until = new Date("2026-03-02T14:07:00Z"); // 15:07 in Amsterdam (winter time)

  it("tells a new device until when the account is blocked, that a known device still works, and blames nobody", () => {
    const message = lockedMessage("account", until);
    expect(message).toContain("tot 15:07 uur");
    expect(message).toContain("Op een apparaat waarop u eerder bent ingelogd, kunt u wel gewoon inloggen.");
    expect(message).not.toMatch(/verkeerd wachtwoord/i);
  });

  it("tells a known device that its own wrong passwords blocked it, and until when", () => {
    expect(lockedMessage("device", until)).toMatch(/^Op dit apparaat is te vaak een verkeerd wachtwoord gebruikt.*vanaf 15:07 uur\.$/);
  });
});
