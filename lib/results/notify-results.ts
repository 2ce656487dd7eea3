import "server-only";
import { db } from "@/lib/db";
import { mailTranslator } from "@/lib/mail/mail-translator";
import { sendEmail } from "@/lib/mail/send-email";
import { resultsEmail } from "@/lib/mail/templates/results-email";
import { programmeTitle } from "@/lib/nominations/private-link-rules";
import { isGroup } from "@/lib/shortlist/public-profile";

type Env = Record<string, string | undefined>;

/**
 * Tells each winner and finalist of a published programme the outcome, in the
 * language of their nomination, at the nominee's address (a group's contact
 * for a group). Runs after publication committed; one failed email neither
 * stops the others nor undoes anything. Returns how many were told.
 */
export async function notifyResults({ programmeId, env = process.env }: { programmeId: string; env?: Env }): Promise<number> {
  const rows = await db.result.findMany({
    where: { category: { programmeId }, publishedAt: { not: null } },
    orderBy: [{ categoryId: "asc" }, { rank: "asc" }],
    select: {
      id: true,
      isWinner: true,
      nomination: { select: { locale: true, nomineeKind: true, nomineeName: true, groupName: true, nomineeEmail: true, anonymisedAt: true } },
      category: { select: { name: true, programme: { select: { name: true, edition: true, organiserContact: true } } } },
    },
  });
  let told = 0;
  for (const r of rows) {
    const n = r.nomination;
    if (!n.nomineeEmail || n.anonymisedAt) continue;
    try {
      const p = r.category.programme;
      const { t, locale } = await mailTranslator(n.locale);
      const mail = resultsEmail({
        t,
        locale,
        greetingName: isGroup(n) ? n.groupName!.trim() : n.nomineeName,
        group: isGroup(n),
        won: r.isWinner,
        programmeName: programmeTitle(p),
        categoryName: r.category.name,
        organiserContact: p.organiserContact,
      });
      const sent = await sendEmail({ to: n.nomineeEmail, ...mail, kind: r.isWinner ? "results_winner" : "results_finalist" }, { env });
      if (sent.status !== "failed") told++;
    } catch (error) {
      console.error(`[results] Telling the nominee of result ${r.id} failed:`, error);
    }
  }
  return told;
}
