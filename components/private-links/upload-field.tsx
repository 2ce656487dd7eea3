"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { controlClasses, Field } from "@/components/ui";

const ACCEPT = {
  photo: "image/jpeg,image/png,image/webp",
  document: "application/pdf,image/jpeg,image/png,image/webp",
} as const;

type UploadState = { status: "idle" } | { status: "uploading"; name: string } | { status: "done"; name: string } | { status: "failed"; message: string };

/**
 * Picks a file and sends it straight to POST /api/uploads, which checks it by
 * its content and answers with an upload token; the form then carries only
 * that token (hidden input `name`), and saving attaches the file. The file
 * input itself has no name, so the file is never sent with the form.
 */
export function UploadField({
  name,
  id,
  label,
  hint,
  error,
  kind,
  initialToken,
  optionalText,
}: {
  name: string;
  id: string;
  label: string;
  hint?: string;
  error?: string;
  kind: "photo" | "document";
  initialToken?: string;
  optionalText?: string;
}) {
  const t = useTranslations("privateLink.upload");
  const [token, setToken] = useState(initialToken ?? "");
  const [state, setState] = useState<UploadState>(initialToken ? { status: "done", name: t("earlierFile") } : { status: "idle" });
  const statusId = useId();

  async function upload(file: File | undefined) {
    setToken("");
    if (!file) return setState({ status: "idle" });
    setState({ status: "uploading", name: file.name });
    const body = new FormData();
    body.append("file", file);
    body.append("kind", kind);
    try {
      const response = await fetch("/api/uploads", { method: "POST", body });
      const json = (await response.json().catch(() => ({}))) as { token?: string; message?: string };
      if (response.ok && json.token) {
        setToken(json.token);
        setState({ status: "done", name: file.name });
      } else {
        setState({ status: "failed", message: json.message || t("failed") });
      }
    } catch {
      setState({ status: "failed", message: t("failed") });
    }
  }

  const shownError = state.status === "failed" ? state.message : error;
  return (
    <Field id={id} label={label} hint={hint} error={shownError} optionalText={optionalText}>
      {(control) => (
        <div className="flex flex-col gap-2">
          <input
            type="file"
            accept={ACCEPT[kind]}
            {...control}
            aria-describedby={[control["aria-describedby"], statusId].filter(Boolean).join(" ")}
            onChange={(e) => void upload(e.currentTarget.files?.[0])}
            className={controlClasses(Boolean(shownError), "file:me-3 file:rounded file:border-0 file:bg-brand-soft file:px-3 file:py-1 file:font-semibold")}
          />
          <input type="hidden" name={name} value={token} />
          <p id={statusId} role="status" className="text-sm">
            {state.status === "uploading" ? t("uploading", { name: state.name }) : state.status === "done" ? t("added", { name: state.name }) : null}
          </p>
        </div>
      )}
    </Field>
  );
}
