import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import { readInvitationFlags } from "@/lib/team/invitation-flags";

export interface TeamMember {
  membershipId: string;
  userId: string;
  name: string | null;
  email: string;
  role: string;
  categoryId: string | null;
  categoryName: string | null;
  isChair: boolean;
  isPreviousWinner: boolean;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: string;
  categoryName: string | null;
  isChair: boolean;
  isPreviousWinner: boolean;
  expiresAt: Date;
  expired: boolean;
}

export interface Team {
  programme: { id: string; name: string; edition: string; timeZone: string; defaultLocale: string };
  categories: { id: string; name: string }[];
  members: TeamMember[];
  invitations: PendingInvitation[];
}

/** The team page: organisers, jurors and invitations not yet accepted (expired ones too, to resend). */
export async function listTeam({ actor, programmeId, now = new Date() }: { actor: SessionUser | null; programmeId: string; now?: Date }): Promise<Team> {
  authorize(actor, "team.manage", { programmeId });
  const programme = await db.programme.findUnique({
    where: { id: programmeId },
    select: { id: true, name: true, edition: true, timeZone: true, defaultLocale: true },
  });
  if (!programme) throw new AppError("not_found", "programmeNotFound");
  const [categories, memberships, invitations] = await Promise.all([
    db.category.findMany({ where: { programmeId }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.membership.findMany({
      where: { programmeId },
      orderBy: [{ role: "desc" }, { createdAt: "asc" }],
      select: {
        id: true,
        role: true,
        categoryId: true,
        isChair: true,
        isPreviousWinner: true,
        user: { select: { id: true, name: true, email: true } },
      },
    }),
    db.invitation.findMany({
      where: { programmeId, acceptedAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, email: true, role: true, categoryId: true, expiresAt: true },
    }),
  ]);
  const categoryName = (id: string | null) => (id ? (categories.find((c) => c.id === id)?.name ?? null) : null);
  const flags = await readInvitationFlags(db, invitations.map((i) => i.id));
  return {
    programme,
    categories,
    members: memberships.map((m) => ({
      membershipId: m.id,
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      categoryId: m.categoryId,
      categoryName: categoryName(m.categoryId),
      isChair: m.isChair,
      isPreviousWinner: m.isPreviousWinner,
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      categoryName: categoryName(i.categoryId),
      isChair: flags.get(i.id)!.isChair,
      isPreviousWinner: flags.get(i.id)!.isPreviousWinner,
      expiresAt: i.expiresAt,
      expired: i.expiresAt.getTime() <= now.getTime(),
    })),
  };
}
