import type { Metadata } from "next";
import { requireViewer } from "@/lib/session";

export const metadata: Metadata = { title: "Overzicht" };

export default async function OverviewPage() {
  const viewer = await requireViewer();
  return (
    <div>
      <h1 className="utrecht-heading-1">Welkom, {viewer.name}</h1>
    </div>
  );
}
