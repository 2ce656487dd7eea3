import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

const SIZES = { narrow: "max-w-2xl", default: "max-w-5xl", wide: "max-w-7xl" } as const;

export interface ContainerProps {
  size?: keyof typeof SIZES;
  as?: "div" | "main" | "section";
  id?: string;
  className?: string;
  children: ReactNode;
}

/** Centres content with comfortable side padding on small screens. */
export function Container({ size = "default", as: Tag = "div", className, children, ...rest }: ContainerProps) {
  return (
    <Tag className={cx("mx-auto w-full px-4 sm:px-6", SIZES[size], className)} {...rest}>
      {children}
    </Tag>
  );
}
