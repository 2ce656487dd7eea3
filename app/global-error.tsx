"use client";

import "./globals.css";

// Replaces the root layout when that itself fails, so no translations are
// available here: the message is given in English and German.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-canvas font-sans text-ink">
        <main id="main" className="mx-auto max-w-2xl px-4 py-12">
          <h1 className="text-3xl font-bold">Something went wrong</h1>
          <p className="mt-3">Sorry, this page could not be shown. Please try again in a moment.</p>
          <p lang="de" className="mt-3">
            Diese Seite konnte leider nicht angezeigt werden. Bitte versuchen Sie es gleich noch einmal.
          </p>
          <div className="mt-6 flex flex-wrap gap-3">
            <button
              type="button"
              onClick={() => reset()}
              className="min-h-11 rounded-md bg-brand px-4 font-semibold text-white hover:bg-brand-strong"
            >
              Try again · <span lang="de">Erneut versuchen</span>
            </button>
            {/* A full page load, not client navigation: the app shell itself failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="inline-flex min-h-11 items-center rounded-md border-2 border-brand px-4 font-semibold text-brand">
              Home · <span lang="de">Startseite</span>
            </a>
          </div>
          {error.digest ? <p className="mt-6 text-sm text-ink-muted">Reference: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
