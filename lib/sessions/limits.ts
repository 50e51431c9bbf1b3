// The ranges the database allows for the organisation's session settings (checks on the organisation table).
export const IDLE_MINUTES = { min: 5, max: 480 } as const;
export const ABSOLUTE_HOURS = { min: 1, max: 24 } as const;
