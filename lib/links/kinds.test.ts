import { describe, expect, it } from "vitest";
import { orderedPair } from "./kinds";

describe("orderedPair", () => {
  it("stores a link the same way whichever page it was made on", () => {
    const memo = { kind: "memo" as const, id: 3 };
    const decision = { kind: "decision" as const, id: 1 };
    expect(orderedPair(memo, decision)).toEqual(orderedPair(decision, memo));
    expect(orderedPair(memo, decision)).toEqual({ from: decision, to: memo });
  });

  it("orders two items of the same kind by id", () => {
    expect(orderedPair({ kind: "memo", id: 9 }, { kind: "memo", id: 2 })).toEqual({ from: { kind: "memo", id: 2 }, to: { kind: "memo", id: 9 } });
  });
});
