type Verification = { verifiedById: string | null; verifiedAt: Date | null };

/**
 * Who checked an identifier in the app store, and when. A changed identifier needs a new check;
 * an unchanged, still-ticked one keeps its original checker.
 */
export function nextVerification(
  identifier: string | null,
  ticked: boolean,
  before: { identifier: string | null } & Verification | null,
  viewerId: string,
  now = new Date(),
): Verification {
  if (!identifier || !ticked) return { verifiedById: null, verifiedAt: null };
  if (before && before.verifiedAt && before.identifier === identifier) {
    return { verifiedById: before.verifiedById, verifiedAt: before.verifiedAt };
  }
  return { verifiedById: viewerId, verifiedAt: now };
}
