// `npm run audit:verify`: checks the audit log's hash chain outside the server, e.g. from a scheduled job.
import { runAuditVerify } from "@/lib/audit-verify-cli";

process.exitCode = await runAuditVerify(process.env, (line) => console.log(line));
