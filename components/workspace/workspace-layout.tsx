import type { ReactNode } from "react";

/** The workspace's frame: the text, with its toolbar and messages above it, and the side panel. */
export function WorkspaceLayout({
  toolbar,
  messages,
  text,
  aside,
}: {
  toolbar: ReactNode;
  messages: ReactNode;
  text: ReactNode;
  aside: ReactNode;
}) {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(20rem,2fr)]">
      <div>
        <div className="mb-2 flex flex-wrap items-center gap-3">{toolbar}</div>
        {messages}
        <div className="rounded border border-stone-200 bg-white px-8 py-4 shadow-sm">{text}</div>
      </div>
      <aside className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">{aside}</aside>
    </div>
  );
}
