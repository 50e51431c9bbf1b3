/** Whether the file starts like UTF-16 (a byte-order mark, or the NUL bytes of ASCII text in two-byte units). */
export function looksLikeUtf16(start: Uint8Array): boolean {
  if (start.length >= 2 && ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff))) return true;
  const sample = start.subarray(0, 64);
  return sample.length >= 4 && sample.filter((b) => b === 0).length >= sample.length / 4;
}

const BOM = [0xef, 0xbb, 0xbf];

/** The number of bytes of a UTF-8 byte-order mark at the start (Excel writes one with "CSV UTF-8"). */
export function utf8BomLength(start: Uint8Array): number {
  return BOM.every((b, i) => start[i] === b) ? 3 : 0;
}

export const UTF16_MESSAGE =
  "Het bestand is opgeslagen als UTF-16 (Unicode-tekst). Het portaal leest alleen UTF-8. Open het bestand in Excel en kies Opslaan als → \"CSV UTF-8 (door komma's gescheiden)\", of exporteer het opnieuw uit Intune.";
