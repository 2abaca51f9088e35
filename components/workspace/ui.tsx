export const inputClass =
  "w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm text-stone-900 focus:border-sky-700 focus:outline-none focus:ring-2 focus:ring-sky-200";
export const buttonClass =
  "rounded bg-sky-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-900 disabled:opacity-60";
export const quietButtonClass =
  "rounded border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-60";

export function Section({ title, children, id }: { title: string; children: React.ReactNode; id?: string }) {
  return (
    <section
      aria-labelledby={id ?? undefined}
      aria-label={id ? undefined : title}
      className="border-t border-stone-200 py-3"
    >
      <h3 id={id} className="mb-2 text-sm font-semibold uppercase tracking-wide text-stone-600">
        {title}
      </h3>
      {children}
    </section>
  );
}

export function Labeled({ label, htmlFor, children }: { label: string; htmlFor: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={htmlFor} className="text-xs font-medium text-stone-700">
        {label}
      </label>
      {children}
    </div>
  );
}
