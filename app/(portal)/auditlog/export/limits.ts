// One download stays a reasonable file for a spreadsheet; more than this needs a narrower filter.
export const MAX_EXPORT_ROWS = 50_000;
