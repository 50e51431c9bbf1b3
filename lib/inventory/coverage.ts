// Coverage: the share of the managed devices the inventory reports on. Every figure is stated with it,
// because an inventory that reports 500 of 700 devices cannot prove the other 200 are clean.

/** Whole percent of the managed devices that the inventory reports, rounded down (99.6% is not "100%"); null when the total is not recorded. */
export function coverage(deviceCount: number, managedTotal: number | null | undefined): number | null {
  if (!managedTotal || managedTotal <= 0) return null;
  return Math.floor((deviceCount * 100) / managedTotal);
}

const devices = (n: number) => `${n.toLocaleString("nl-NL")} ${n === 1 ? "apparaat" : "apparaten"}`;

/** "dekking 95%", or why it cannot be given. More reported than recorded means the recorded total is out of date. */
export function coverageText(deviceCount: number, managedTotal: number | null | undefined): string {
  const percent = coverage(deviceCount, managedTotal);
  if (percent === null) return "dekking onbekend: het aantal beheerde apparaten is niet ingevuld";
  if (percent > 100) return `dekking onbekend: de inventaris noemt meer apparaten dan de ${devices(managedTotal!)} die beheerd worden`;
  return `dekking ${percent}%`;
}

/** "op 33 van 695 apparaten (dekking 100%)": a count of devices out of those in the inventory, with the coverage. */
export function onDevicesText(count: number, deviceCount: number, managedTotal: number | null | undefined): string {
  return `op ${count.toLocaleString("nl-NL")} van ${devices(deviceCount)} (${coverageText(deviceCount, managedTotal)})`;
}
