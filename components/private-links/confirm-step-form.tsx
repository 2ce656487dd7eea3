import { Button } from "@/components/ui";

/**
 * The last step before something that cannot be undone (withdraw, decline,
 * delete data): one danger button posting the private token to the action,
 * and a way back. Works without JavaScript.
 */
export function ConfirmStepForm({
  action,
  token,
  confirmLabel,
  cancelLabel,
  backHref,
}: {
  action: (formData: FormData) => void | Promise<void>;
  token: string;
  confirmLabel: string;
  cancelLabel: string;
  backHref: string;
}) {
  return (
    <form action={action} className="flex flex-wrap gap-3">
      <input type="hidden" name="token" value={token} />
      <Button type="submit" variant="danger">
        {confirmLabel}
      </Button>
      <Button href={backHref} variant="secondary">
        {cancelLabel}
      </Button>
    </form>
  );
}
