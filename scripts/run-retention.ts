// `npm run retention`: deletes expired unconfirmed submissions, anonymises
// declined nominations (and withdrawn or rejected ones after 30 days), removes abandoned uploads and old rate-limit counters,
// once, and prints what it did. For cron, alongside or instead of the
// server's own 15-minute schedule (LAUREL_RETENTION=off). Runs with the
// "react-server" condition because the code it shares with the app is
// marked server-only.
import { db } from "@/lib/db";
import { ENDED_SUBMISSION_KEEP_DAYS, runRetention } from "@/lib/retention/run-retention";

async function main(): Promise<number> {
  try {
    const counts = await runRetention();
    console.log(
      [
        `Expired unconfirmed submissions deleted: ${counts.expiredSubmissions}`,
        `Declined nominations anonymised: ${counts.anonymisedDeclined}`,
        `Withdrawn and rejected nominations anonymised after ${ENDED_SUBMISSION_KEEP_DAYS} days: ${counts.anonymisedEnded}`,
        `Leftover files of erased nominations deleted: ${counts.leftoverAttachments}`,
        `Unclaimed uploads deleted: ${counts.unclaimedUploads}`,
        `Old rate-limit counters deleted: ${counts.rateLimitBuckets}`,
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    console.error(`Retention failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => {
  process.exitCode = code;
});
