import { customType } from "drizzle-orm/pg-core";

// PostgreSQL full-text search: a generated tsvector column in the 'dutch' configuration.
export const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

// Uploaded files live in the database, so they survive a restart and are part of every backup.
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
