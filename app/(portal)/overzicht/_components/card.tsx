/** A block on the start page: a heading and a few lines with links onward. The heading names the region. */
export function Card({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `kaart-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded border border-border p-5">
      <h2 id={id} className="utrecht-heading-3">{title}</h2>
      {children}
    </section>
  );
}
