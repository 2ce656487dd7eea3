// Runs once when a Laurel server starts. Retention (deleting expired
// submissions, anonymising declined ones, abandoned uploads) is scheduled
// in-process so a plain `npm start` needs no cron; LAUREL_RETENTION=off
// switches it off (e.g. when `npm run retention` runs from cron instead).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startRetentionSchedule } = await import("@/lib/retention/schedule-retention");
  startRetentionSchedule();
}
