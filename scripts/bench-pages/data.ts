import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { writeAudit } from "@/lib/audit/chain";
import { seedDemo } from "@/lib/demo/seed";
import { seedDemoInventory } from "@/lib/demo/seed-inventory";
import { publishListVersion } from "@/lib/lists/publish";
import { appendAuditRows } from "./audit-rows";
import type { Scale } from "./scale";

const rowsOf = <T>(result: unknown) => ((result as { rows?: T[] }).rows ?? (result as T[]));

/**
 * The municipal-scale data set, the same on every run: the demo data (as `npm run db:seed`), then with set-based
 * SQL up to `apps` apps on the draft, published as the next list version through the portal's own publish code;
 * `users` people, 80% of whom acknowledged the current policy and one in twenty with an exemption request in
 * varying states; and `auditRows` rows appended to the audit chain (./audit-rows.ts).
 */
export async function generateDataSet(db: Db, scale: Scale, dir: string) {
  await migrateDb(db);
  await seedDemo(db);
  await seedDemoInventory(db);

  // Vendors spread over the listed countries; apps named and identified by number.
  await db.execute(sql`
    insert into vendor (name, country_id)
    select 'Benchleverancier ' || n, (select id from country order by id offset (n % (select count(*) from country)) limit 1)
    from generate_series(1, 100) n`);
  await db.execute(sql`
    insert into app (name, vendor_id, category, measure, source, source_note, ios_bundle_id, ios_id_source, android_package, android_id_source)
    select 'Benchapp ' || n,
      (select id from vendor where name = 'Benchleverancier ' || (1 + n % 100)),
      (array['Sociale media', 'Berichten', 'Winkelen', 'Video', 'Hulpmiddelen'])[1 + n % 5],
      (case when n % 4 = 0 then 'discouraged' else 'banned' end)::measure,
      (case when n % 3 = 0 then 'own_finding' else 'vng_other' end)::app_source,
      'Benchmark',
      case when n % 5 <> 4 then 'nl.bench.app' || n end, case when n % 5 <> 4 then 'Benchmark' end,
      case when n % 7 <> 6 then 'nl.bench.android' || n end, case when n % 7 <> 6 then 'Benchmark' end
    from generate_series(1, greatest(0, ${scale.apps} - (select count(*) from app where removed_at is null))::int) n`);
  await db.transaction(async (tx) => {
    const by = { userId: null, name: "systeem (benchmark)" };
    const version = await publishListVersion(tx, by, "Benchmark: de lijst op gemeentelijke schaal.");
    await writeAudit(tx, { actorId: null, actorLabel: by.name, result: "success", action: "list.publish", objectType: "list_version", objectId: version.number,
      after: { number: version.number, contentHash: version.contentHash, changelog: version.changelog } });
  });

  await db.execute(sql`
    insert into app_user (email, name, department_id, risk_group, job_title)
    select 'bench-' || n || '@voorbeeld.nl', 'Bench Persoon ' || n,
      (select id from department order by id offset (n % (select count(*) from department)) limit 1),
      (case when n % 50 = 0 then 'executive' when n % 20 = 0 then 'senior' when n % 7 = 0 then 'security_sensitive' else 'standard' end)::risk_group,
      'Medewerker'
    from generate_series(1, ${scale.users}) n`);
  await db.execute(sql`
    insert into policy_acknowledgement (policy_version_id, user_id, statement, remove_by, verification_code, acknowledged_at, ip)
    select (select id from policy_version where published_at is not null order by published_at desc limit 1), u.id,
      'Ik heb het beleid gelezen en verwijder de apps van de lijst.', current_date + 30, 'BENCH-' || u.n, now() - (u.n % 90) * interval '1 day', '127.0.0.1'
    from (select id, substring(email from 'bench-([0-9]+)@')::int as n from app_user where email like 'bench-%') u
    where u.n % 10 < 8`);
  await db.execute(sql`
    insert into exemption (user_id, app_id, app_name, device, reason, justification, requested_until, status, ends_on, decided_at)
    select u.id, a.id, a.name, 'Telefoon', (array['inspection', 'investigation', 'target_group', 'other'])[1 + u.n % 4]::exemption_reason,
      'Benchmark: nodig voor het werk.', current_date + 180,
      (array['requested', 'approved', 'approved', 'rejected', 'withdrawn'])[1 + (u.n / 20) % 5]::exemption_status,
      case when (u.n / 20) % 5 in (1, 2) then current_date + 180 end,
      case when (u.n / 20) % 5 in (1, 2, 3) then now() end
    from (select id, substring(email from 'bench-([0-9]+)@')::int as n from app_user where email like 'bench-%') u
    join lateral (select id, name from app where removed_at is null order by id offset (u.n % 50) limit 1) a on true
    where u.n % 20 = 0`);

  const userIds = rowsOf<{ id: string }>(await db.execute(sql`select id from app_user order by email limit 2000`)).map((r) => r.id);
  const audit = await appendAuditRows(db, scale.auditRows, dir, userIds);
  await db.execute(sql`analyze`);
  const [counts] = rowsOf<Record<string, number>>(await db.execute(sql`
    select (select count(*)::int from list_version_app where version_id = (select max(id) from list_version)) as apps,
      (select count(*)::int from app_user) as users,
      (select count(*)::int from policy_acknowledgement) as acknowledgements,
      (select count(*)::int from exemption) as exemptions,
      (select count(*)::int from audit_event) as audit_rows`));
  return { ...counts, checkpoints: audit.checkpoints };
}
