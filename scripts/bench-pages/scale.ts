// The sizes of the generated data set. BENCH_SCALE=small gives a quick run; each size can be set on its own.
const presets = {
  full: { apps: 1000, users: 5000, auditRows: 1_000_000 },
  small: { apps: 150, users: 500, auditRows: 20_000 },
} as const;

export type Scale = { apps: number; users: number; auditRows: number };

export function scaleFromEnv(env = process.env): Scale {
  const preset = env.BENCH_SCALE === "small" ? presets.small : presets.full;
  const number = (value: string | undefined, fallback: number) => (value ? Number(value.replace(/[_.]/g, "")) : fallback);
  return {
    apps: number(env.BENCH_APPS, preset.apps),
    users: number(env.BENCH_USERS, preset.users),
    auditRows: number(env.BENCH_AUDIT_ROWS, preset.auditRows),
  };
}
