"use client";

import { useEffect } from "react";

/** Shows the result of the last action once; the cookie is cleared so a reload does not repeat it. */
export function FlashMessage({ message }: { message: string }) {
  useEffect(() => {
    document.cookie = "melding=; Max-Age=0; path=/; SameSite=Lax";
  }, []);
  return (
    <div role="status" className="utrecht-alert utrecht-alert--ok mb-6">
      <p className="utrecht-paragraph">{message}</p>
    </div>
  );
}
