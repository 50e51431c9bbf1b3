import { parseRecordId } from "@/lib/params";

/**
 * The version number from the address, strictly: only digits. parseRecordId forgives invisible characters
 * (it drops them), but an address with a NUL byte or a space is not the address of a version.
 */
export const versionNumberFrom = (segment: string) => (/^[1-9][0-9]{0,9}$/.test(segment) ? parseRecordId(segment) : null);
