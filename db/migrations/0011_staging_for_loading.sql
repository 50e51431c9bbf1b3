-- The staging table of an inventory import is built for loading speed: no index at all (the import reads it
-- in ranges of disk blocks) and UNLOGGED (its rows live only as long as the running import).
ALTER TABLE "inventory_staging" DROP CONSTRAINT "inventory_staging_pkey";--> statement-breakpoint
ALTER TABLE "inventory_staging" SET UNLOGGED;
