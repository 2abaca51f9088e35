"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="mx-auto max-w-lg" role="alert">
      <h1 className="mb-3 text-2xl font-semibold">Something went wrong</h1>
      <p className="mb-4 text-stone-700">
        The page could not be shown. Nothing you saved before is lost. The error was logged
        {error.digest ? ` (reference ${error.digest})` : ""}.
      </p>
      <button type="button" onClick={reset} className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100">
        Try again
      </button>
    </section>
  );
}
