import type { Metadata } from "next";
import { getDb } from "@/db";
import { ButtonLink } from "@/components/button-link";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { Inbox } from "./_components/inbox";
import { AllMemosTable } from "./_components/all-memos-table";
import { countUnreadMemos, listAllMemos, listMemosForReader } from "@/db/queries/memos";

export const metadata: Metadata = { title: "Memo's" };

export default async function MemosPage() {
  const viewer = await requirePermission("memos.read");
  const db = getDb();
  if (can(viewer.roles, "memos.manage")) {
    return (
      <>
        <PageHeader title="Memo's" intro="Alle memo's: concepten en gepubliceerde. Bij elke gepubliceerde memo ziet u hoeveel lezers hem hebben geopend.">
          <ButtonLink href="/memos/nieuw" variant="primary">Nieuwe memo</ButtonLink>
        </PageHeader>
        <AllMemosTable memos={await listAllMemos(db)} />
      </>
    );
  }
  const [memos, unread] = await Promise.all([listMemosForReader(db, viewer), countUnreadMemos(db, viewer)]);
  return (
    <>
      <PageHeader title="Memo's" intro="Memo's van de griffie en de CISO die aan u zijn gericht, de nieuwste bovenaan." />
      <Inbox memos={memos} unread={unread} />
    </>
  );
}
