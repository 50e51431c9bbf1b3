"use client";

import { createContext, useActionState, useContext, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/action";
import { FORM_SUBMITTED_EVENT } from "@/components/flash-message";
import { ErrorSummary } from "./error-summary";
import { namesInOrder } from "./field-order";

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const FormStateContext = createContext<{ state: ActionState; pending: boolean }>({ state: null, pending: false });
export const useFormState = () => useContext(FormStateContext);

/**
 * A form bound to a server action made with `action()`: shows the error summary, keeps what the user
 * typed when something is wrong, and moves focus to the summary so keyboard and screen-reader users hear it.
 */
export function ActionForm({
  action,
  children,
  className,
  encType,
}: {
  action: FormAction;
  children: React.ReactNode;
  className?: string;
  encType?: "multipart/form-data";
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [fieldOrder, setFieldOrder] = useState<string[]>([]);
  useEffect(() => {
    if (state) summaryRef.current?.focus();
  }, [state]);
  return (
    <FormStateContext.Provider value={{ state, pending }}>
      <form action={formAction} className={className ?? "flex max-w-2xl flex-col gap-6"} noValidate encType={encType}
        onSubmit={(event) => {
          setFieldOrder(namesInOrder(event.currentTarget));
          window.dispatchEvent(new Event(FORM_SUBMITTED_EVENT));
        }}>
        <div ref={summaryRef} tabIndex={-1} className="outline-none">
          {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} fieldOrder={fieldOrder} /> : null}
          {state?.ok ? (
            <div role="status" className="utrecht-alert utrecht-alert--ok">
              <p className="utrecht-paragraph">{state.message}</p>
            </div>
          ) : null}
        </div>
        {children}
      </form>
    </FormStateContext.Provider>
  );
}
