import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import { isUniqueViolation, ProgrammeFieldError } from "@/lib/programmes/programme-errors";
import { shiftOneYear } from "@/lib/programmes/shift-year";
import type { TDuplicateProgramme } from "@/lib/validation/programme";

// Prisma writes JSON null only as a special value; leaving the field out keeps the column NULL.
const json = <T>(value: T | null) => (value === null ? undefined : (value as NonNullable<T>));

/**
 * "Run again next year": a new draft programme with the same details,
 * categories, criteria and current form questions, and the timeline moved one
 * year on (same wall-clock times in the programme's zone). No one's personal
 * data comes along: no nominations, answers, consents, attachments, scores,
 * finalists, voters, ballots or results, and of the team only the organiser
 * who duplicates it (jurors are invited afresh each year).
 */
export async function duplicateProgramme({
  actor,
  programmeId,
  input,
}: {
  actor: SessionUser | null;
  programmeId: string;
  input: TDuplicateProgramme;
}): Promise<{ id: string }> {
  if (!actor) authorize(actor, "programme.create");
  const source = await db.programme.findUnique({
    where: { id: programmeId },
    include: {
      phases: true,
      categories: { orderBy: { position: "asc" }, include: { criteria: true, questions: { where: { archivedAt: null } } } },
    },
  });
  if (!source) throw new AppError("not_found", "No such programme.");
  authorize(actor, "programme.edit", { programmeId: source.id });
  const user = authorize(actor, "programme.create");
  if (await db.programme.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
    throw new ProgrammeFieldError({ slug: "slugTaken" });
  }
  const shift = (date: Date | null) => (date ? shiftOneYear(date, source.timeZone) : null);

  try {
    return await db.$transaction(async (tx) => {
      const copy = await tx.programme.create({
        data: {
          slug: input.slug,
          name: input.name,
          edition: input.edition,
          description: source.description,
          organiserName: source.organiserName,
          organiserContact: source.organiserContact,
          city: source.city,
          timeZone: source.timeZone,
          defaultLocale: source.defaultLocale,
          heroImage: source.heroImage,
          privacyNotice: source.privacyNotice,
          decisionMode: source.decisionMode,
          juryWeight: source.juryWeight,
          publicWeight: source.publicWeight,
          cadence: source.cadence,
          phase: "draft",
          phases: { create: source.phases.map((p) => ({ phase: p.phase, startsAt: shift(p.startsAt), endsAt: shift(p.endsAt) })) },
        },
        select: { id: true },
      });
      for (const c of source.categories) {
        await tx.category.create({
          data: {
            programmeId: copy.id,
            position: c.position,
            name: c.name,
            description: c.description,
            prizeAmountMinor: c.prizeAmountMinor,
            prizeCurrency: c.prizeCurrency,
            prizeDescription: c.prizeDescription,
            winnerCount: c.winnerCount,
            finalistCount: c.finalistCount,
            nomineeKind: c.nomineeKind,
            minAge: c.minAge,
            maxAge: c.maxAge,
            ageReferenceDate: shift(c.ageReferenceDate),
            submissionMode: c.submissionMode,
            voteAreas: json(c.voteAreas),
            scoreScaleMin: c.scoreScaleMin,
            scoreScaleMax: c.scoreScaleMax,
            criteria: { create: c.criteria.map(({ position, name, description, weight }) => ({ position, name, description, weight })) },
            questions: {
              create: c.questions.map((q) => ({
                position: q.position,
                type: q.type,
                label: json(q.label) ?? {},
                help: json(q.help),
                options: json(q.options),
                required: q.required,
                maxLength: q.maxLength,
                visibility: q.visibility,
              })),
            },
          },
        });
      }
      await tx.membership.create({ data: { programmeId: copy.id, userId: user.id, role: "organiser" } });
      await appendAuditEvent(tx, {
        programmeId: copy.id,
        actorId: user.id,
        action: "programme.duplicated",
        entityType: "Programme",
        entityId: copy.id,
        data: { from: { id: source.id, name: source.name, edition: source.edition }, categories: source.categories.length, ...input },
      });
      return copy;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ProgrammeFieldError({ slug: "slugTaken" });
    throw error;
  }
}
