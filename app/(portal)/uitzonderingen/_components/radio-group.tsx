"use client";

import { useFormState } from "@/components/form/action-form";
import { fieldId } from "@/components/form/error-summary";

/** One choice out of a few, as a fieldset of radio buttons with its error; keeps the choice after a refused submit. */
export function RadioGroup({ name, legend, description, options, defaultValue }: { name: string; legend: string; description?: string; options: { value: string; label: string }[]; defaultValue?: string }) {
  const { state } = useFormState();
  const error = state?.fieldErrors?.[name]?.[0];
  const id = fieldId(name);
  const typed = state && !state.ok ? state.values?.[name] : undefined;
  const current = typeof typed === "string" ? typed : state && !state.ok ? undefined : defaultValue;
  const describedBy = [description ? `${id}-uitleg` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={`utrecht-form-fieldset${error ? " utrecht-form-fieldset--invalid" : ""}`} aria-describedby={describedBy}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-label">{legend}</legend>
      {description ? <div id={`${id}-uitleg`} className="utrecht-form-field-description">{description}</div> : null}
      {error ? <div id={`${id}-fout`} className="portal-field-error">{error}</div> : null}
      <div className="mt-2 flex flex-col gap-2" id={id} tabIndex={-1}>
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2">
            <input key={`${o.value}-${current === o.value}`} type="radio" name={name} value={o.value} defaultChecked={current === o.value}
              className="utrecht-radio-button utrecht-radio-button--html-input" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
