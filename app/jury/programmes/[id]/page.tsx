import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { isAppError } from "@/lib/errors";
import { listJuryNominations, type JuryProgrammeView } from "@/lib/jury/list-jury-nominations";
import { requireStaff } from "@/lib/permissions/require-staff";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("juryNominations");
  return { title: t("metaTitle") };
}

async function load(programmeId: string): Promise<JuryProgrammeView> {
  const actor = await requireStaff("area.jury");
  try {
    return await listJuryNominations({ actor, programmeId });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") forbidden();
    throw error;
  }
}

export default async function JuryProgrammePage({ params }: Props) {
  const view = await load((await params).id);
  const t = await getTranslations("juryNominations");

  return (
    <>
      <PageHeader title={t("title", { programme: view.programmeName, edition: view.edition })} description={t("intro")} />
      <div className="flex flex-col gap-8">
        {view.categories.map((category) => (
          <section key={category.id} aria-labelledby={`category-${category.id}`}>
            <h2 id={`category-${category.id}`} className="mb-3 text-xl font-semibold">
              {category.name}
            </h2>
            {category.nominations.length === 0 ? (
              <EmptyState title={t("empty")} />
            ) : (
              <ul className="flex flex-col gap-3">
                {category.nominations.map((n) => (
                  <Card as="li" key={n.id}>
                    <h3 className="text-lg font-semibold">{n.title}</h3>
                    <p className="text-sm text-ink-muted">{t(`kind.${n.kind}`)}</p>
                    {n.stories.map((s, i) => (
                      <div key={i} className="mt-3">
                        {s.authorName ? <p className="text-sm font-semibold">{t("storyBy", { name: s.authorName })}</p> : null}
                        <p className="line-clamp-4 whitespace-pre-line">{s.story}</p>
                      </div>
                    ))}
                  </Card>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
