import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProfileForm } from "@/components/shortlist/profile-form";
import { Card, PageHeader } from "@/components/ui";
import { isAppError } from "@/lib/errors";
import { requireStaff } from "@/lib/permissions/require-staff";
import { getFinalistProfile } from "@/lib/shortlist/get-finalist-profile";
import { categoryPath } from "../../../action-helpers";
import { updateProfileAction } from "./actions";

type Params = Promise<{ id: string; categoryId: string; finalistId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shortlist.profile");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function FinalistProfilePage({ params }: { params: Params }) {
  const { id, categoryId, finalistId } = await params;
  const actor = await requireStaff("programme.edit", { programmeId: id, categoryId });
  const f = await getFinalistProfile({ actor, programmeId: id, finalistId }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") forbidden();
    throw error;
  });
  if (f.category.id !== categoryId) notFound();
  const t = await getTranslations("shortlist.profile");
  const photoBlocked = !f.agreed.showPhoto ? "photoNotAgreed" : !f.photo ? "noPhoto" : null;

  return (
    <>
      <PageHeader eyebrow={`${f.programme.name} · ${f.category.name}`} title={t("title", { title: f.title })} description={t("intro")} />
      <p className="mb-6">
        <Link href={categoryPath(id, categoryId)} className="text-brand underline hover:no-underline">
          {t("back", { category: f.category.name })}
        </Link>
      </p>
      <Card as="section" aria-labelledby="agreed-title" className="mb-8">
        <h2 id="agreed-title" className="mb-3 text-xl font-semibold">
          {t("agreedTitle")}
        </h2>
        <ul className="list-disc ps-6">
          <li>{f.group ? t("agreedGroup", { name: f.agreed.shownName }) : t("agreedName", { choice: t(`choice.${f.agreed.displayName}` as never), name: f.agreed.shownName })}</li>
          <li>{t("agreedPhoto", { agreed: f.agreed.showPhoto ? "yes" : "no" })}</li>
          <li>{t("agreedDistrict", { agreed: f.agreed.showDistrict ? "yes" : "no" })}</li>
        </ul>
      </Card>
      <ProfileForm
        action={updateProfileAction.bind(null, id, finalistId)}
        title={f.title}
        agreedName={f.agreed.shownName}
        districtAllowed={f.agreed.showDistrict}
        photoBlocked={photoBlocked}
        photo={photoBlocked === null && f.photo ? { src: `/api/attachments/${f.photo.id}`, width: f.photo.width, height: f.photo.height } : null}
        initial={{
          publicName: f.profile.publicName,
          publicSummary: f.profile.publicSummary,
          publicDistrict: f.profile.publicDistrict ?? "",
          showPhoto: f.profile.showPhoto,
        }}
      />
    </>
  );
}
