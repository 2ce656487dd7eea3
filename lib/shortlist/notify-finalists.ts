import "server-only";
import { authSettings } from "@/lib/auth/auth-settings";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/i18n/format";
import { mailTranslator } from "@/lib/mail/mail-translator";
import { sendEmail } from "@/lib/mail/send-email";
import { finalistEmail, type FinalistNext } from "@/lib/mail/templates/finalist-email";
import { programmeTitle } from "@/lib/nominations/private-link-rules";
import { isGroup } from "@/lib/shortlist/public-profile";

type Env = Record<string, string | undefined>;

const NEXT: Record<string, FinalistNext> = { jury_then_public: "public_vote", public_only: "public_vote", combined: "combined", jury_only: "jury" };

/**
 * Emails each finalist not told yet, in the language of their nomination, to
 * the nominee's own address (the applicant's, or the one the nominator gave and
 * the nominee answered at), and marks them notified. Runs after the lock
 * committed; one failed email neither stops the others nor undoes anything.
 * Returns how many were told.
 */
export async function notifyFinalists({ finalistIds, now = new Date(), env = process.env }: { finalistIds: string[]; now?: Date; env?: Env }): Promise<number> {
  const finalists = await db.finalist.findMany({
    where: { id: { in: finalistIds }, notifiedAt: null },
    orderBy: { position: "asc" },
    select: {
      id: true,
      publicName: true,
      publicDistrict: true,
      photoKey: true,
      nomination: {
        select: {
          locale: true,
          nomineeKind: true,
          nomineeName: true,
          groupName: true,
          nomineeEmail: true,
        },
      },
      category: {
        select: {
          name: true,
          programme: {
            select: {
              name: true,
              edition: true,
              slug: true,
              timeZone: true,
              decisionMode: true,
              organiserContact: true,
              phases: { where: { phase: { in: ["public_vote", "results_published"] } }, select: { phase: true, startsAt: true } },
            },
          },
        },
      },
    },
  });
  let told = 0;
  for (const f of finalists) {
    const n = f.nomination;
    if (!n.nomineeEmail) continue;
    try {
      const p = f.category.programme;
      const { t, locale } = await mailTranslator(n.locale);
      const starts = (phase: string) => {
        const at = p.phases.find((x) => x.phase === phase)?.startsAt;
        return at && at > now ? formatDate(at, { locale, timeZone: p.timeZone }) : null;
      };
      const mail = finalistEmail({
        t,
        locale,
        url: `${authSettings(env).publicUrl}/programmes/${encodeURIComponent(p.slug)}`,
        greetingName: isGroup(n) ? n.groupName!.trim() : n.nomineeName,
        group: isGroup(n),
        programmeName: programmeTitle(p),
        categoryName: f.category.name,
        next: NEXT[p.decisionMode] ?? "jury",
        voteStarts: starts("public_vote"),
        resultsFrom: starts("results_published"),
        // The profile as drawn from their consent at the lock: what the public will see.
        shown: { name: f.publicName, photo: f.photoKey !== null, district: f.publicDistrict !== null },
        organiserContact: p.organiserContact,
      });
      const sent = await sendEmail({ to: n.nomineeEmail, ...mail, kind: "finalist_notification" }, { env });
      if (sent.status === "failed") continue;
      await db.finalist.updateMany({ where: { id: f.id, notifiedAt: null }, data: { notifiedAt: now } });
      told++;
    } catch (error) {
      console.error(`[shortlist] Telling finalist ${f.id} failed:`, error);
    }
  }
  return told;
}
