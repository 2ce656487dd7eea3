// Print rules for a page that is meant to be printed (the jury sheet): the
// staff area's header, navigation and skip link are left off the paper, and
// a nomination's grid is never split across two pages. Rendered only by that
// page, so no other page prints differently.
const PRINT_CSS = `
@media print {
  @page { margin: 14mm; }
  html, body { background: #fff !important; }
  body header, body nav, a[href="#main"] { display: none !important; }
  main { padding: 0 !important; }
  [data-print-avoid-break] { break-inside: avoid; }
  [data-print-box] { border-color: #000 !important; }
}
`;

export function PrintSheetStyles() {
  return <style>{PRINT_CSS}</style>;
}
