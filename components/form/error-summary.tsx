import { orderFieldErrors } from "./field-order";

/** The form's errors above it, in the order of the fields (fieldOrder: the form's field names, top to bottom). */
export function ErrorSummary({ message, fieldErrors, fieldOrder = [] }: { message: string; fieldErrors?: Record<string, string[]>; fieldOrder?: readonly string[] }) {
  const entries = orderFieldErrors(fieldErrors, fieldOrder);
  return (
    <div role="alert" className="utrecht-alert utrecht-alert--error">
      <div className="flex flex-col gap-2">
      <p className="utrecht-paragraph"><strong>{message}</strong></p>
      {entries.length > 0 ? (
        <ul className="utrecht-unordered-list">
          {entries.map(([field, messages]) => (
            <li key={field} className="utrecht-unordered-list__item">
              {field === "form" ? messages[0] : <a className="utrecht-link" href={`#${fieldId(field)}`}>{messages[0]}</a>}
            </li>
          ))}
        </ul>
      ) : null}
      </div>
    </div>
  );
}

export const fieldId = (name: string) => `veld-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
