type FieldErrors = Record<string, string[]>;

/** The names of a form's controls in the order a reader meets them. */
export function namesInOrder(form: HTMLFormElement): string[] {
  const names: string[] = [];
  for (const element of Array.from(form.elements)) {
    const name = (element as HTMLInputElement).name;
    if (name && !name.startsWith("$ACTION") && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Field errors in the form's order, so the summary reads top to bottom like the form: errors about the
 * whole form first, then each field as it appears, then anything the form does not show.
 */
export function orderFieldErrors(fieldErrors: FieldErrors | undefined, order: readonly string[]): [string, string[]][] {
  const rank = (field: string) => (field === "form" ? -1 : order.includes(field) ? order.indexOf(field) : order.length);
  return Object.entries(fieldErrors ?? {})
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry[0]) - rank(b.entry[0]) || a.index - b.index)
    .map(({ entry }) => entry);
}
