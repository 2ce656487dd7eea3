/** "12 of 30 scored" with a bar that repeats it for sighted readers. */
export function ProgressMeter({ scored, total, label }: { scored: number; total: number; label: string }) {
  const percent = total === 0 ? 0 : Math.round((scored / total) * 100);
  return (
    <div className="flex flex-col gap-1">
      <p className="font-semibold">{label}</p>
      <div aria-hidden="true" className="h-2 w-full max-w-xs overflow-hidden rounded-full bg-neutral-soft">
        <div className="h-full bg-brand" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
