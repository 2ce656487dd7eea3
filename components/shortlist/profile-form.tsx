"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Checkbox, TextArea, TextInput } from "@/components/ui";
import { SHORTLIST_LIMITS } from "@/lib/shortlist/shortlist-schemas";
import { INITIAL_SHORTLIST_STATE, type ShortlistAction } from "./form-state";

export interface ProfileFormProps {
  action: ShortlistAction;
  title: string;
  agreedName: string;
  districtAllowed: boolean;
  /** Why the photo box is off, or null when a photo may be shown. */
  photoBlocked: "photoNotAgreed" | "noPhoto" | null;
  photo: { src: string; width: number | null; height: number | null } | null;
  initial: { publicName: string; publicSummary: string; publicDistrict: string; showPhoto: boolean };
}

/** The finalist's public profile. Fields the nominee did not agree to are disabled, with the reason beside them. */
export function ProfileForm({ action, title, agreedName, districtAllowed, photoBlocked, photo, initial }: ProfileFormProps) {
  const t = useTranslations("shortlist.profile");
  const [state, formAction, pending] = useActionState(action, INITIAL_SHORTLIST_STATE);
  const v = state.values;
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} aria-label={t("metaTitle")} className="flex flex-col gap-6" noValidate>
      {state.message ? <Alert tone={state.ok ? "success" : "danger"}>{state.message}</Alert> : null}
      <div key={state.attempt ?? 0} className="flex flex-col gap-6">
        <TextInput
          name="publicName"
          id="public-name"
          label={t("publicName")}
          hint={t("publicNameHint", { name: agreedName })}
          required
          maxLength={SHORTLIST_LIMITS.publicName}
          defaultValue={v?.publicName ?? initial.publicName}
          error={e.publicName}
        />
        <TextArea
          name="publicSummary"
          id="public-summary"
          label={t("publicSummary")}
          hint={t("publicSummaryHint", { max: SHORTLIST_LIMITS.publicSummary })}
          optionalText={t("optional")}
          rows={5}
          maxLength={SHORTLIST_LIMITS.publicSummary}
          defaultValue={v?.publicSummary ?? initial.publicSummary}
          error={e.publicSummary}
        />
        <TextInput
          name="publicDistrict"
          id="public-district"
          label={t("publicDistrict")}
          hint={districtAllowed ? t("publicDistrictHint") : t("districtNotAgreed")}
          optionalText={t("optional")}
          disabled={!districtAllowed}
          maxLength={SHORTLIST_LIMITS.publicDistrict}
          defaultValue={districtAllowed ? (v?.publicDistrict ?? initial.publicDistrict) : ""}
          error={e.publicDistrict}
        />
        <div className="flex flex-col gap-3">
          <Checkbox
            name="showPhoto"
            id="show-photo"
            label={t("showPhoto")}
            hint={photoBlocked ? t(photoBlocked) : undefined}
            disabled={photoBlocked !== null}
            defaultChecked={photoBlocked === null && (v ? v.showPhoto === "on" : initial.showPhoto)}
            error={e.showPhoto}
          />
          {photo ? (
            // A permission-checked response, not a static asset: next/image would cache it outside that check.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={photo.src} alt={t("photoAlt", { title })} width={photo.width ?? undefined} height={photo.height ?? undefined} className="ms-9 h-auto max-h-48 w-auto rounded border border-line" />
          ) : null}
        </div>
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("pending") : t("save")}
        </Button>
      </div>
    </form>
  );
}
