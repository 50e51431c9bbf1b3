/** The recovery codes, shown once: in a list that reads well aloud and copies as one block. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <ol aria-label="Uw herstelcodes" className="grid max-w-md grid-cols-2 gap-x-8 gap-y-1 font-mono text-lg">
      {codes.map((code) => (
        <li key={code}>{code}</li>
      ))}
    </ol>
  );
}
