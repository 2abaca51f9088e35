"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/action-result";
import { MAX_UPLOAD_BYTES } from "@/lib/import/upload";
import { Field, SelectField, TextAreaField } from "../ui/field";
import { FormAlert, fieldErrorsOf, submittedValue } from "../ui/form-alert";
import { SubmitButton } from "../ui/submit-button";

export function NewDocumentForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, null);
  const e = (name: string) => fieldErrorsOf(state, name);
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded border border-stone-200 bg-white p-4" noValidate>
      <h2 className="text-lg font-semibold">New document</h2>
      <FormAlert state={state} />
      <Field label="Title" name="title" defaultValue={submittedValue(state, "title")} required errors={e("title")} />
      <Field
        label="Source URL"
        name="sourceUrl"
        defaultValue={submittedValue(state, "sourceUrl")}
        type="url"
        placeholder="https://"
        errors={e("sourceUrl")}
      />
      <div className="grid grid-cols-2 gap-3">
        <Field
          label="Publisher"
          name="publisher"
          defaultValue={submittedValue(state, "publisher")}
          errors={e("publisher")}
        />
        <Field label="Author" name="author" defaultValue={submittedValue(state, "author")} errors={e("author")} />
        <Field
          label="Published"
          name="publishedAt"
          defaultValue={submittedValue(state, "publishedAt")}
          type="date"
          errors={e("publishedAt")}
        />
        <Field
          label="Language"
          name="language"
          defaultValue={submittedValue(state, "language")}
          placeholder="en"
          errors={e("language")}
        />
      </div>
      <SelectField
        label="Format"
        name="format"
        defaultValue={submittedValue(state, "format")}
        options={[
          { value: "text", label: "Plain text (paragraphs separated by blank lines)" },
          { value: "markdown", label: "Markdown" },
          { value: "html", label: "HTML" },
        ]}
      />
      <TextAreaField
        label="Article text"
        name="body"
        defaultValue={submittedValue(state, "body")}
        rows={10}
        errors={e("body")}
      />
      <Field
        label="Or upload a file"
        name="file"
        type="file"
        accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        hint="A .txt, .md or .html file of at most 10 MiB; it is used instead of the text above."
        errors={e("file")}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          const tooLarge = !!file && file.size > MAX_UPLOAD_BYTES;
          input.setCustomValidity(tooLarge ? "The file is larger than 10 MiB; choose a smaller one." : "");
          input.reportValidity();
          if (tooLarge) input.value = "";
        }}
      />
      <div>
        <SubmitButton pendingLabel="Importing…">Create document</SubmitButton>
      </div>
    </form>
  );
}
