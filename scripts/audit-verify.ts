// `npm run audit:verify`: checks the audit log's hash chain outside the server, e.g. from a scheduled job.
import { runAuditVerify } from "@/lib/audit/verify-cli";

const { DATABASE_URL, DATA_DIR } = process.env;
process.exitCode = await runAuditVerify({ DATABASE_URL, DATA_DIR }, (line) => console.log(line));
