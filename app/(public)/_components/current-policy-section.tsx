import Link from "next/link";
import type { PolicyVersion } from "@/db/queries/policy-audience";
import { formatDate } from "@/lib/dates";

/** On the public start page: which policy applies now, with a link to its text. Only the current version. */
export function CurrentPolicySection({ policy }: { policy: PolicyVersion | null }) {
  if (!policy) return null;
  return (
    <section aria-labelledby="beleid" className="mb-10 max-w-3xl border border-border p-5">
      <h2 id="beleid" className="utrecht-heading-2">Het beleid</h2>
      <p className="utrecht-paragraph mt-3">
        Wat medewerkers en raadsleden met deze lijst moeten doen, staat in het beleid &ldquo;{policy.title}&rdquo;, versie {policy.number}, geldig sinds {formatDate(policy.effectiveOn)}.
      </p>
      <p className="utrecht-paragraph mt-2">
        <Link className="utrecht-link" href="/beleid-openbaar">Lees het beleid</Link>
      </p>
    </section>
  );
}
