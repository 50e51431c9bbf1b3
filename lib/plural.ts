/** "1 app", "2 apps", "0 apps": a count with the Dutch singular or plural noun. */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
