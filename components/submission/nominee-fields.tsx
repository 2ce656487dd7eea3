"use client";
import { TextInput } from "@/components/ui/text-input";
import { SUBMISSION_LIMITS } from "@/lib/validation/submission";
import { RadioChoices } from "@/components/submission/choice-group";
import { fieldId, type FieldKit } from "@/components/submission/field-kit";

const section = "flex flex-col gap-5";
const heading = "text-xl font-bold";

/** Individual or group, as the category allows: only asked when it allows both. */
export function NomineeKindField({ kit, categoryKind }: { kit: FieldKit; categoryKind: "individual" | "group" | "either" }) {
  const { t, kind, values } = kit;
  if (categoryKind !== "either") return null;
  return (
    <RadioChoices
      id="nomineeKind"
      legend={t(kind === "nomination" ? "field.nomineeKind.legendNomination" : "field.nomineeKind.legendApplication")}
      required
      error={kit.error("nomineeKind")}
      value={values.nomineeKind}
      onChange={(v) => {
        kit.set("nomineeKind", v as "individual" | "group", "nomineeKind");
        kit.touch("nomineeKind");
      }}
      options={[
        { value: "individual", label: t("field.nomineeKind.individual") },
        { value: "group", label: t("field.nomineeKind.group") },
      ]}
    />
  );
}

/** Group name, size and (with an age rule) the members' ages. */
export function GroupFields({ kit, hasAgeRule, rulePhrase }: { kit: FieldKit; hasAgeRule: boolean; rulePhrase: string }) {
  const { t, kind, values } = kit;
  if (values.nomineeKind !== "group") return null;
  const props = (path: string) => ({ id: fieldId(path), name: fieldId(path), error: kit.error(path), onBlur: () => kit.touch(path), optionalText: t("optional") });
  return (
    <section aria-labelledby="section-group" className={section}>
      <h2 id="section-group" className={heading}>
        {t(`section.group.${kind}`)}
      </h2>
      <TextInput {...props("group.name")} label={t("field.groupName")} required maxLength={SUBMISSION_LIMITS.groupName} value={values.groupName} onChange={(e) => kit.set("groupName", e.target.value, "group.name")} />
      <TextInput
        {...props("group.size")}
        label={t("field.groupSize")}
        required
        type="number"
        inputMode="numeric"
        min={2}
        max={SUBMISSION_LIMITS.groupSize}
        className="max-w-40"
        value={values.groupSize}
        onChange={(e) => kit.set("groupSize", e.target.value, "group.size")}
      />
      {hasAgeRule ? (
        <TextInput
          {...props("group.memberAges")}
          label={t("field.groupMemberAges")}
          hint={t("field.groupMemberAgesHint", { rule: rulePhrase })}
          required
          inputMode="text"
          maxLength={2000}
          value={values.groupMemberAges}
          onChange={(e) => kit.set("groupMemberAges", e.target.value, "group.memberAges")}
        />
      ) : null}
    </section>
  );
}

/** The nominee (or applicant, or the group's contact person). */
export function NomineeFields({ kit, hasAgeRule, rulePhrase }: { kit: FieldKit; hasAgeRule: boolean; rulePhrase: string }) {
  const { t, kind, values } = kit;
  const group = values.nomineeKind === "group";
  const variant = group ? (kind === "nomination" ? "groupNomination" : "groupApplication") : kind;
  const props = (path: string) => ({ id: fieldId(path), name: fieldId(path), error: kit.error(path), onBlur: () => kit.touch(path), optionalText: t("optional") });
  const nameHint = group ? t(kind === "nomination" ? "field.nomineeName.groupNominationHint" : "field.nomineeName.groupApplicationHint") : undefined;
  return (
    <section aria-labelledby="section-nominee" className={section}>
      <h2 id="section-nominee" className={heading}>
        {group && kind === "nomination" ? t("section.contact") : t(`section.nominee.${kind}`)}
      </h2>
      <TextInput
        {...props("nominee.name")}
        label={t(`field.nomineeName.${variant}`)}
        hint={nameHint}
        required
        autoComplete={kind === "application" ? "name" : "off"}
        maxLength={SUBMISSION_LIMITS.name}
        value={values.nomineeName}
        onChange={(e) => kit.set("nomineeName", e.target.value, "nominee.name")}
      />
      <TextInput
        {...props("nominee.email")}
        type="email"
        label={t(`field.nomineeEmail.${variant}`)}
        hint={t(kind === "nomination" ? "field.nomineeEmail.nominationHint" : "field.nomineeEmail.applicationHint")}
        required
        autoComplete={kind === "application" ? "email" : "off"}
        maxLength={SUBMISSION_LIMITS.email}
        value={values.nomineeEmail}
        onChange={(e) => kit.set("nomineeEmail", e.target.value, "nominee.email")}
      />
      {group ? null : (
        <TextInput
          {...props("nominee.birthDate")}
          type="date"
          label={t(`field.nomineeBirthDate.${kind}`)}
          hint={hasAgeRule ? t("field.nomineeBirthDate.ruleHint", { rule: rulePhrase }) : t("field.nomineeBirthDate.optionalHint")}
          required={hasAgeRule}
          autoComplete={kind === "application" ? "bday" : "off"}
          className="max-w-60"
          value={values.nomineeBirthDate}
          onChange={(e) => kit.set("nomineeBirthDate", e.target.value, "nominee.birthDate")}
        />
      )}
      <TextInput
        {...props("nominee.district")}
        label={t(group ? "field.nomineeDistrict.group" : `field.nomineeDistrict.${kind}`)}
        hint={t("field.nomineeDistrict.hint")}
        maxLength={SUBMISSION_LIMITS.district}
        value={values.nomineeDistrict}
        onChange={(e) => kit.set("nomineeDistrict", e.target.value, "nominee.district")}
      />
    </section>
  );
}

/** The person nominating (nominations only). */
export function NominatorFields({ kit }: { kit: FieldKit }) {
  const { t, kind, values } = kit;
  if (kind !== "nomination") return null;
  const props = (path: string) => ({ id: fieldId(path), name: fieldId(path), error: kit.error(path), onBlur: () => kit.touch(path), required: true });
  return (
    <section aria-labelledby="section-nominator" className={section}>
      <h2 id="section-nominator" className={heading}>
        {t("section.nominator")}
      </h2>
      <TextInput {...props("nominator.name")} label={t("field.nominatorName")} autoComplete="name" maxLength={SUBMISSION_LIMITS.name} value={values.nominatorName} onChange={(e) => kit.set("nominatorName", e.target.value, "nominator.name")} />
      <TextInput
        {...props("nominator.email")}
        type="email"
        label={t("field.nominatorEmail")}
        hint={t("field.nominatorEmailHint")}
        autoComplete="email"
        maxLength={SUBMISSION_LIMITS.email}
        value={values.nominatorEmail}
        onChange={(e) => kit.set("nominatorEmail", e.target.value, "nominator.email")}
      />
    </section>
  );
}
