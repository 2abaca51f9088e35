import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";

type Common = { label: string; name: string; errors?: string[] | undefined; hint?: string };

function describedBy(name: string, errors?: string[], hint?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function FieldMessages({
  name,
  errors,
  hint,
}: {
  name: string;
  errors?: string[] | undefined;
  hint?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {errors.join("; ")}
        </p>
      ) : null}
    </>
  );
}

export function Field({ label, name, errors, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        className="rounded border border-stone-300 bg-white px-3 py-2 text-stone-900 focus:border-sky-700 focus:outline-none focus:ring-2 focus:ring-sky-200 aria-[invalid=true]:border-red-600"
        {...input}
      />
      <FieldMessages name={name} errors={errors} hint={hint} />
    </div>
  );
}

export function TextAreaField({
  label,
  name,
  errors,
  hint,
  ...input
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <textarea
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        className="rounded border border-stone-300 bg-white px-3 py-2 font-serif text-stone-900 focus:border-sky-700 focus:outline-none focus:ring-2 focus:ring-sky-200 aria-[invalid=true]:border-red-600"
        {...input}
      />
      <FieldMessages name={name} errors={errors} hint={hint} />
    </div>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  options,
  ...select
}: Common & { options: { value: string; label: string }[] } & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      <select
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, errors, hint)}
        className="rounded border border-stone-300 bg-white px-3 py-2 text-stone-900"
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages name={name} errors={errors} hint={hint} />
    </div>
  );
}
