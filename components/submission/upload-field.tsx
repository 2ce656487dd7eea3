"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClasses, Field } from "@/components/ui/field";
import type { UploadedFile } from "@/components/submission/form-values";
import type { FieldKit } from "@/components/submission/field-kit";

const ACCEPT = { photo: "image/jpeg,image/png,image/webp", document: "application/pdf,image/jpeg,image/png,image/webp" } as const;

interface UploadResponse {
  token?: string;
  mimeType?: string;
  width?: number | null;
  height?: number | null;
  sizeBytes?: number;
  message?: string;
}

/**
 * A file sent to POST /api/uploads as soon as it is chosen: the server checks
 * it and answers with a token, which the form keeps (the file itself never
 * goes into the draft). The server's message appears next to the field.
 */
export function UploadField({
  kit,
  field,
  id,
  label,
  hint,
  kind,
  required,
  validationError,
  onBlur,
}: {
  kit: FieldKit;
  /** Key in values.files: "photoUpload" or the question id. */
  field: string;
  id: string;
  label: string;
  hint?: string;
  kind: "photo" | "document";
  required?: boolean;
  validationError?: string;
  onBlur?: () => void;
}) {
  const { t, values, previews } = kit;
  const [busy, setBusy] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const current = values.files[field];

  async function upload(file: File) {
    setBusy(file.name);
    setUploadError(null);
    try {
      const body = new FormData();
      body.set("file", file);
      body.set("kind", kind);
      const response = await fetch("/api/uploads", { method: "POST", body });
      const data = (await response.json().catch(() => ({}))) as UploadResponse;
      if (!response.ok || !data.token) {
        setUploadError(data.message || t("upload.failed"));
        return;
      }
      const uploaded: UploadedFile = {
        token: data.token,
        name: file.name.slice(0, 200),
        mimeType: data.mimeType ?? file.type,
        sizeBytes: data.sizeBytes ?? file.size,
        width: data.width ?? null,
        height: data.height ?? null,
      };
      kit.setFile(field, uploaded, uploaded.mimeType.startsWith("image/") ? URL.createObjectURL(file) : null);
    } catch {
      setUploadError(t("upload.failed"));
    } finally {
      setBusy(null);
    }
  }

  const error = uploadError ?? validationError;
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} optionalText={t("optional")}>
      {(control) => (
        <div className="flex flex-col gap-3">
          <input
            {...control}
            type="file"
            accept={ACCEPT[kind]}
            onBlur={onBlur}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
              // The same file can be chosen again after an error.
              e.target.value = "";
            }}
            className={controlClasses(Boolean(error), "file:me-3 file:rounded file:border-0 file:bg-brand-soft file:px-3 file:py-1 file:font-semibold")}
          />
          <p role="status" className="text-sm">
            {busy ? t("upload.uploading", { name: busy }) : null}
          </p>
          {current && !busy ? (
            <div className="flex flex-wrap items-center gap-3">
              {previews[field] ? (
                // A local blob: preview of the file just chosen; next/image cannot optimise it.
                // eslint-disable-next-line @next/next/no-img-element
                <img src={previews[field]} alt={t("upload.previewAlt")} className="h-20 w-20 rounded object-cover" />
              ) : null}
              <span className="break-all">{t("upload.chosen", { name: current.name })}</span>
              <Button size="sm" variant="secondary" onClick={() => kit.setFile(field, null, null)}>
                {t("upload.remove", { name: current.name })}
              </Button>
            </div>
          ) : null}
        </div>
      )}
    </Field>
  );
}
