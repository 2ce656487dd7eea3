import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EditSubmissionForm, type EditQuestion } from "@/components/private-links/edit-submission-form";
import { inLocale } from "@/components/private-links/in-locale";
import { Alert, Button, Container, PageHeader } from "@/components/ui";
import { loadSubmissionByToken, type SubmissionView } from "@/lib/nominations/load-submission-by-token";
import { programmeTitle } from "@/lib/nominations/private-link-rules";
import { updateSubmissionAction } from "../actions";
import { privatePageMetadata } from "@/lib/nominations/private-page-metadata";

export const generateMetadata = () => privatePageMetadata("privateLink.edit");

/** The form's starting values: what was sent, under the form's field names. */
function initialValues(view: SubmissionView): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {
    "nominee.name": view.nominee.name,
    "nominee.email": view.nominee.email,
    "nominee.birthDate": view.nominee.birthDate,
    "nominee.district": view.nominee.district,
    story: view.story,
  };
  if (view.group) {
    values["group.name"] = view.group.name;
    values["group.size"] = view.group.size == null ? "" : String(view.group.size);
    values["group.memberAges"] = view.group.memberAges.join(", ");
  }
  if (view.nominator) values["nominator.name"] = view.nominator.name;
  for (const q of view.questions) if (!q.archived && q.type !== "file" && view.answers[q.id] !== undefined) values[`answers.${q.id}`] = view.answers[q.id];
  if (view.appearance) {
    values["appearance.displayName"] = view.appearance.displayName;
    values["appearance.chosenName"] = view.appearance.chosenName;
    if (view.appearance.showPhoto) values["appearance.showPhoto"] = "on";
    if (view.appearance.showDistrict) values["appearance.showDistrict"] = "on";
    values.guardianEmail = view.guardianEmail;
  }
  return values;
}

export default async function EditSubmissionPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await loadSubmissionByToken({ token });
  if (!view) notFound();
  const back = `/submissions/${encodeURIComponent(token)}`;
  if (!view.canEdit) redirect(`${back}?notice=editClosed`);
  const [t, locale] = await Promise.all([getTranslations("privateLink.edit"), getLocale()]);
  const fileUrl = (id: string) => `/api/submissions/${encodeURIComponent(token)}/attachments/${encodeURIComponent(id)}`;
  const questions: EditQuestion[] = view.questions
    .filter((q) => !q.archived)
    .map((q) => {
      const file = q.type === "file" ? view.documents.find((d) => d.questionId === q.id) : undefined;
      return {
        id: q.id,
        type: q.type,
        label: inLocale(q.label, locale),
        help: inLocale(q.help, locale),
        required: q.required,
        maxLength: q.maxLength,
        options: q.options.map((o) => ({ value: o.value, label: inLocale(o.label, locale) })),
        currentFile: file ? { url: fileUrl(file.id), label: t("currentFile") } : null,
      };
    });

  return (
    <Container size="narrow">
      <PageHeader eyebrow={programmeTitle(view.programme)} title={t("title")} description={t("intro")} />
      <p className="mb-6">
        <Button href={back} variant="ghost" size="sm">
          {t("back")}
        </Button>
      </p>
      {view.status === "eligible" ? (
        // Said before the change, not only after: the organisers look at changed content again.
        <Alert tone="info" role="none" className="mb-6">
          {t(`reviewAgain.${view.kind}`)}
        </Alert>
      ) : null}
      <EditSubmissionForm
        action={updateSubmissionAction}
        initial={initialValues(view)}
        config={{
          token,
          kind: view.kind,
          nomineeKind: view.nomineeKind,
          nomineeEmailEditable: view.kind === "nomination" && !view.nomineeAsked,
          nomineeEmail: view.nominee.email,
          nominatorEmail: view.nominator?.email ?? "",
          birthDateEditable: !view.birthDateFromNominee,
          nomineeLocked: view.birthDateFromNominee,
          birthDateRequired: view.category.hasAgeRule,
          questions,
          photoUrl: view.photo ? fileUrl(view.photo.id) : null,
        }}
      />
    </Container>
  );
}
