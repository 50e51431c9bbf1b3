// `npm run audit:verify`: checks the audit log's hash chain and signed checkpoints outside the server, e.g. from a scheduled job.
import { runAuditVerify } from "@/lib/audit/verify-cli";

const { DATABASE_URL, DATA_DIR, AUDIT_CHECKPOINT_KEY } = process.env;
process.exitCode = await runAuditVerify({ DATABASE_URL, DATA_DIR, AUDIT_CHECKPOINT_KEY }, (line) => console.log(line));
