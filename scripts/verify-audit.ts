// `npm run audit:verify`: checks the audit log's hash chain; exit 1 if broken.
import { createDbClient } from "@/lib/db/create-client";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";

const db = createDbClient();
verifyAuditLog(db)
  .then(({ entries, problem }) => {
    if (problem) {
      console.error(`Audit log broken at entry ${problem.seq}: ${problem.problem.replace("_", " ")}.`);
      process.exitCode = 1;
    } else console.log(`Audit log intact: ${entries} entries.`);
  })
  .finally(() => db.$disconnect());
