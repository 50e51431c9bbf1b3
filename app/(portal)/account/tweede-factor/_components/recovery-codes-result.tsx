"use client";

import { useFormState } from "@/components/form/action-form";

/** The recovery codes an action just made, shown once inside its form's result. */
export function RecoveryCodesResult() {
  const { state } = useFormState();
  const codes = state?.ok ? (state.data as { recoveryCodes?: string[] } | undefined)?.recoveryCodes : undefined;
  if (!codes) return null;
  return (
    <section aria-labelledby="nieuwe-herstelcodes" className="flex flex-col gap-3">
      <h3 id="nieuwe-herstelcodes" className="utrecht-heading-3">Uw herstelcodes</h3>
      <p className="utrecht-paragraph">
        Schrijf deze codes op of bewaar ze in uw wachtwoordkluis. Elke code werkt één keer. U ziet ze maar één keer.
      </p>
      <ol aria-label="Uw herstelcodes" className="grid max-w-md grid-cols-2 gap-x-8 gap-y-1 font-mono text-lg">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </section>
  );
}
