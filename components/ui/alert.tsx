import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export type AlertTone = "info" | "success" | "warning" | "danger";

const TONES: Record<AlertTone, string> = {
  info: "border-info bg-info-soft",
  success: "border-success bg-success-soft",
  warning: "border-warning bg-warning-soft",
  danger: "border-danger bg-danger-soft",
};

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  /**
   * "alert" interrupts (use for errors after an action), "status" is read
   * politely (success messages), "none" for notices that are simply part of the
   * page. Defaults: danger → "alert", others → "status".
   */
  role?: "alert" | "status" | "none";
  id?: string;
}

/** A message box: an announced alert/status, or with role="none" a static notice. */
export function Alert({ tone = "info", title, children, className, role, id }: AlertProps) {
  const liveRole = role ?? (tone === "danger" ? "alert" : "status");
  return (
    <div
      id={id}
      role={liveRole === "none" ? undefined : liveRole}
      className={cx("rounded-md border-s-4 p-4 text-ink", TONES[tone], className)}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={cx(title && "mt-1")}>{children}</div> : null}
    </div>
  );
}

/** A static notice that is part of the page, not announced on its own. */
export function Notice(props: Omit<AlertProps, "role">) {
  return <Alert {...props} role="none" />;
}
