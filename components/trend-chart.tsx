import { useId } from "react";

export type TrendSeries = { name: string; values: number[]; tone: "error" | "accent" | "subtle" };

// Colour and line pattern together, so the lines differ without colour too (WCAG 1.4.1). Tokens only.
const toneClass: Record<TrendSeries["tone"], string> = {
  error: "stroke-error fill-error",
  accent: "stroke-accent-inverse fill-accent-inverse",
  subtle: "stroke-subtle fill-subtle",
};
const dash: Record<TrendSeries["tone"], string | undefined> = { error: undefined, accent: "8 5", subtle: "2 4" };

const W = 640;
const H = 260;
const PAD = { left: 52, right: 16, top: 16, bottom: 44 };

/** A round upper bound for the axis (1, 2 or 5 times a power of ten), so the gridlines carry easy numbers. */
export function niceMax(value: number): number {
  if (value <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((s) => s * power >= value)!;
  return step * power;
}

/**
 * A line chart drawn on the server as plain SVG: it reads without JavaScript, and screen readers get the
 * title and description. It takes plain data only; the page shows the same numbers in a table beside it.
 */
export function TrendChart({ title, description, labels, series }: { title: string; description: string; labels: string[]; series: TrendSeries[] }) {
  const id = useId();
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length === 1 ? plotW / 2 : (i * plotW) / (labels.length - 1));
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  // Whole numbers on the axis: fifths where they are whole (10, 20, …), otherwise quarters.
  const parts = max % 5 === 0 ? 5 : 4;
  const ticks = Array.from({ length: parts + 1 }, (_, i) => (i * max) / parts);
  // Every label when they fit; otherwise the first, the last and a few between.
  const every = Math.max(1, Math.ceil(labels.length / 6));
  const shown = (i: number) => i === 0 || i === labels.length - 1 || (i % every === 0 && labels.length - 1 - i >= every / 2);

  return (
    <figure className="flex flex-col gap-3">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-2xl" role="img" aria-labelledby={`${id}-titel ${id}-uitleg`}>
        <title id={`${id}-titel`}>{title}</title>
        <desc id={`${id}-uitleg`}>{description}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="stroke-border" strokeWidth={1} />
            <text x={PAD.left - 8} y={y(t) + 5} textAnchor="end" fontSize={14} className="fill-text">{t.toLocaleString("nl-NL")}</text>
          </g>
        ))}
        {labels.map((label, i) => (shown(i) ? (
          <text key={i} x={x(i)} y={H - PAD.bottom + 24} textAnchor={labels.length === 1 ? "middle" : i === 0 ? "start" : i === labels.length - 1 ? "end" : "middle"} fontSize={14} className="fill-text">{label}</text>
        ) : null))}
        {series.map((s) => (
          <g key={s.name} className={toneClass[s.tone]}>
            {s.values.length > 1 ? (
              <polyline points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(" ")} fill="none" strokeWidth={3} strokeDasharray={dash[s.tone]} />
            ) : null}
            {s.values.map((v, i) => <circle key={i} cx={x(i)} cy={y(v)} r={4} />)}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-6 gap-y-2" aria-label="Legenda">
          {series.map((s) => (
            <li key={s.name} className="flex items-center gap-2">
              <svg width="32" height="10" aria-hidden="true" className={toneClass[s.tone]}>
                <line x1="0" x2="32" y1="5" y2="5" strokeWidth={3} strokeDasharray={dash[s.tone]} />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
