"use client";
import { Button } from "@/components/ui";

/** Opens the browser's print dialogue (the page's print styles leave only the sheet). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()} className="print:hidden">
      {label}
    </Button>
  );
}
