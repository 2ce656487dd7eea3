import Link from "next/link";
import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from "react";
import { cx } from "@/components/ui/cx";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md" | "lg";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand text-white hover:bg-brand-strong border-transparent",
  secondary: "bg-surface text-brand border-brand hover:bg-brand-soft",
  danger: "bg-danger text-white hover:bg-danger-strong border-transparent",
  ghost: "bg-transparent text-brand border-transparent underline hover:bg-brand-soft",
};

// Even "sm" keeps a 36px target; WCAG 2.2 asks for at least 24px.
const SIZES: Record<ButtonSize, string> = {
  sm: "min-h-9 px-3 text-sm",
  md: "min-h-11 px-4 text-base",
  lg: "min-h-12 px-6 text-lg",
};

/** The classes of a button, for the rare element that must look like one. */
export function buttonClasses({ variant = "primary", size = "md", className }: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}) {
  return cx(
    "inline-flex items-center justify-center gap-2 rounded-md border-2 font-semibold no-underline transition-colors",
    "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
    VARIANTS[variant],
    SIZES[size],
    className,
  );
}

interface Common {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

export type ButtonProps = Common & ButtonHTMLAttributes<HTMLButtonElement> & { href?: undefined };
export type LinkButtonProps = Common & AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A button, or with `href` a link that looks like one (links go somewhere,
 * buttons do something). Defaults to type="button" so it never submits a form
 * by accident; pass type="submit" for submit buttons.
 */
export function Button(props: ButtonProps | LinkButtonProps) {
  if (props.href !== undefined) {
    const { variant, size, className, href, ...rest } = props;
    return <Link href={href} className={buttonClasses({ variant, size, className })} {...rest} />;
  }
  const { variant, size, className, type = "button", ...rest } = props;
  return <button type={type} className={buttonClasses({ variant, size, className })} {...rest} />;
}
