/** A block on the start page: a heading and a few lines with links onward. */
export function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-3 rounded border border-border p-5">
      <h2 className="utrecht-heading-3">{title}</h2>
      {children}
    </section>
  );
}
