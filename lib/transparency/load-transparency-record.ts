import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { can } from "@/lib/permissions/can";
import { applyScheduledTransitions } from "@/lib/programmes/apply-scheduled-transitions";
import { isTransparencyPublic } from "@/lib/transparency/transparency-visibility";

export interface TransparencyJuror {
  /** The juror's name as they gave it; null when they gave none (never their email instead). */
  name: string | null;
  /** What they judged: a category's name, or null for the whole programme; chair of it or not. */
  serves: { categoryName: string | null; isChair: boolean }[];
  isPreviousWinner: boolean;
}

export interface TransparencyFinalist {
  /** The name the nominee agreed to be shown with. */
  publicName: string;
  /** Jurors who declared a conflict for this finalist, by name (null: no name given). */
  recusedJurors: (string | null)[];
}

export interface TransparencyCategory {
  name: string;
  scale: { min: number; max: number };
  /** `share` is the criterion's part of the weighted score, 0–1. */
  criteria: { name: string; description: string; weight: number; share: number }[];
  shortlistLocked: boolean;
  finalists: TransparencyFinalist[];
}

export interface TransparencyRecord {
  programme: { slug: string; name: string; edition: string; city: string; normalised: boolean };
  /** Shown to an organiser before it is public. */
  preview: boolean;
  /** Why it is not public yet: the setting is off, or the results are not out (both can hold; the setting is named first). */
  previewReason: "setting_off" | "not_published" | null;
  jurors: TransparencyJuror[];
  categories: TransparencyCategory[];
}

const byName = (a: string | null, b: string | null) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b));

/**
 * The transparency record of a programme: who was on the jury, how they
 * scored, and who recused themselves from which finalist. Null (the page
 * answers 404) unless it is public (isTransparencyPublic) or `actor` may view
 * the programme, who then sees a preview. Reads no personal data of nominees
 * (only a finalist's public name), no emails, no reasons or notes of conflicts,
 * and no ids.
 */
export async function loadTransparencyRecord({ slug, actor, now = new Date() }: { slug: string; actor: SessionUser | null; now?: Date }): Promise<TransparencyRecord | null> {
  const found = await db.programme.findUnique({ where: { slug }, select: { id: true } });
  if (!found) return null;
  await applyScheduledTransitions({ programmeId: found.id }, now);
  const programme = await db.programme.findUniqueOrThrow({
    where: { id: found.id },
    select: { id: true, slug: true, name: true, edition: true, city: true, phase: true, juryNormalise: true, transparencyPublic: true },
  });
  const isPublic = isTransparencyPublic(programme);
  if (!isPublic && !can(actor, "programme.view", { programmeId: programme.id })) return null;

  const [memberships, categories] = await Promise.all([
    db.membership.findMany({
      where: { programmeId: programme.id, role: "juror" },
      select: { userId: true, isChair: true, isPreviousWinner: true, user: { select: { name: true } }, category: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.category.findMany({
      where: { programmeId: programme.id },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        name: true,
        scoreScaleMin: true,
        scoreScaleMax: true,
        shortlistLockedAt: true,
        criteria: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { name: true, description: true, weight: true } },
        finalists: {
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: {
            publicName: true,
            nomination: { select: { conflicts: { select: { juror: { select: { name: true } } } } } },
          },
        },
      },
    }),
  ]);

  const jurors = new Map<string, TransparencyJuror>();
  for (const m of memberships) {
    const juror = jurors.get(m.userId) ?? { name: m.user.name?.trim() || null, serves: [], isPreviousWinner: false };
    juror.serves.push({ categoryName: m.category?.name ?? null, isChair: m.isChair });
    juror.isPreviousWinner ||= m.isPreviousWinner;
    jurors.set(m.userId, juror);
  }
  const isChair = (j: TransparencyJuror) => j.serves.some((s) => s.isChair);

  return {
    programme: { slug: programme.slug, name: programme.name, edition: programme.edition, city: programme.city, normalised: programme.juryNormalise },
    preview: !isPublic,
    previewReason: isPublic ? null : programme.transparencyPublic ? "not_published" : "setting_off",
    jurors: [...jurors.values()].sort((a, b) => Number(isChair(b)) - Number(isChair(a)) || byName(a.name, b.name)),
    categories: categories.map((c) => {
      const total = c.criteria.reduce((sum, k) => sum + k.weight, 0);
      return {
        name: c.name,
        scale: { min: c.scoreScaleMin, max: c.scoreScaleMax },
        criteria: c.criteria.map((k) => ({ ...k, share: total > 0 ? k.weight / total : 0 })),
        shortlistLocked: c.shortlistLockedAt !== null,
        finalists: c.finalists.map((f) => ({
          publicName: f.publicName,
          recusedJurors: f.nomination.conflicts.map((k) => k.juror.name?.trim() || null).sort(byName),
        })),
      };
    }),
  };
}
