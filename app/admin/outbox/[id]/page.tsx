import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";
import { getOutboxEmail } from "@/lib/mail/list-outbox";
import { requireStaff } from "@/lib/permissions/require-staff";
import { ZEmailStatus } from "@/lib/validation/statuses";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("detailTitle"), robots: { index: false } };
}

/** The text with its web addresses as links, so the demo's sign-in links can be followed from here. */
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="break-all text-brand underline hover:no-underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

export default async function OutboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff("outbox.view");
  const { id } = await params;
  const email = await getOutboxEmail({ actor, id }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" }) : "—");

  return (
    <article aria-labelledby="email-subject" className="max-w-3xl">
      <p>
        <Link href="/admin/outbox" className="text-brand underline hover:no-underline">
          {t("back")}
        </Link>
      </p>
      <h1 id="email-subject" className="mt-4 text-2xl font-bold break-words">
        {email.subject}
      </h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("columns.to")}</dt>
        <dd className="break-all">{email.toAddress}</dd>
        <dt className="font-medium">{t("columns.kind")}</dt>
        <dd>
          <code>{email.kind}</code>
        </dd>
        <dt className="font-medium">{t("columns.status")}</dt>
        <dd>{ZEmailStatus.safeParse(email.status).success ? t(`status.${email.status}` as never) : email.status}</dd>
        <dt className="font-medium">{t("columns.created")}</dt>
        <dd>{when(email.createdAt)}</dd>
        <dt className="font-medium">{t("sentAt")}</dt>
        <dd>{when(email.sentAt)}</dd>
        {email.error && (
          <>
            <dt className="font-medium">{t("error")}</dt>
            <dd className="text-danger">{email.error}</dd>
          </>
        )}
      </dl>
      <h2 className="mt-6 text-lg font-semibold">{t("textVersion")}</h2>
      {/* Only the text part is shown: rendering stored HTML here would be a way to run markup in an admin's browser. */}
      <pre className="mt-2 overflow-x-auto rounded-lg border border-line bg-surface p-4 font-sans text-sm whitespace-pre-wrap">
        <Linkified text={email.text} />
      </pre>
    </article>
  );
}
