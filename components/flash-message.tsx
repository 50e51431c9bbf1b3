"use client";

import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";

/** Sent by every ActionForm when it is submitted: from then on, an earlier result is out of date. */
export const FORM_SUBMITTED_EVENT = "portal:form-submitted";

/**
 * Shows the result of the last action once; the cookie is cleared so a reload does not repeat it.
 * The root layout stays mounted while the user moves on, so the message hides itself on another page
 * and as soon as a form is sent again: an old "opgeslagen" must never stand next to a new error.
 */
export function FlashMessage({ message }: { message: string }) {
  const pathname = usePathname();
  const [shownOn] = useState(pathname);
  const [outdated, setOutdated] = useState(false);
  useEffect(() => {
    document.cookie = "melding=; Max-Age=0; path=/; SameSite=Lax";
    const hide = () => setOutdated(true);
    window.addEventListener(FORM_SUBMITTED_EVENT, hide);
    return () => window.removeEventListener(FORM_SUBMITTED_EVENT, hide);
  }, []);
  if (outdated || pathname !== shownOn) return null;
  return (
    <div role="status" className="utrecht-alert utrecht-alert--ok mb-6">
      <p className="utrecht-paragraph">{message}</p>
    </div>
  );
}
