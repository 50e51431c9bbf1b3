import Link from "next/link";

/** Pages around the current one, with the first and last always reachable. */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | "gap")[] {
  const pages = new Set([1, pageCount]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1] > 1 ? ["gap" as const, p] : [p]));
}

export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Paginering" className="utrecht-pagination">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev">
              Vorige<span className="sr-only"> pagina</span>
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true">…</li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-current={p === page ? "page" : undefined}
                className={`utrecht-pagination__page-link${p === page ? " utrecht-pagination__page-link--current" : ""}`}
              >
                <span className="sr-only">Pagina </span>
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className="utrecht-pagination__relative-link utrecht-pagination__relative-link--next">
              Volgende<span className="sr-only"> pagina</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
