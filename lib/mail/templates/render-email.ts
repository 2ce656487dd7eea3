// A plain, accessible email body in text and HTML. Every value is escaped:
// names and programme titles come from users.

export type MailTranslator = (key: string, values?: Record<string, string | number>) => string;

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export interface EmailContent {
  locale: string;
  subject: string;
  paragraphs: string[];
  /** A button; omitted for emails that carry a code to type instead of a link. */
  action?: { label: string; url: string };
  /** Shown under the button: the address to paste if the button does not work. */
  fallbackLabel?: string;
  after: string[];
  footer: string;
}

export function renderEmail(c: EmailContent): RenderedEmail {
  const text = [...c.paragraphs, ...(c.action ? [`${c.action.label}: ${c.action.url}`] : []), ...c.after, "--", c.footer].join("\n\n") + "\n";
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const url = c.action ? escapeHtml(c.action.url) : "";
  const html = `<!doctype html>
<html lang="${escapeHtml(c.locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(c.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc;color:#0f172a;font:16px/1.5 system-ui,sans-serif">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
${c.paragraphs.map(p).join("\n")}
${
  c.action
    ? `<p style="margin:24px 0"><a href="${url}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(c.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px">${escapeHtml(c.fallbackLabel ?? "")}<br><a href="${url}" style="color:#1d4ed8;word-break:break-all">${url}</a></p>`
    : ""
}
${c.after.map(p).join("\n")}
<p style="margin:24px 0 0;font-size:14px;color:#475569">${escapeHtml(c.footer)}</p>
</div>
</body>
</html>
`;
  return { subject: c.subject, text, html };
}
