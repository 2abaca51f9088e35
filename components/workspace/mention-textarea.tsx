"use client";

import { useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { formatMention, mentionQueryAt } from "@/lib/notifications/mentions";
import { inputClass } from "./ui";
import { useMentionMembers, type MentionMember } from "./mention-members";

const MAX_OPTIONS = 8;

function matching(members: MentionMember[], query: string): MentionMember[] {
  const q = query.trim().toLocaleLowerCase();
  const starts = members.filter((m) => m.name.toLocaleLowerCase().startsWith(q));
  const contains = members.filter((m) => !starts.includes(m) && m.name.toLocaleLowerCase().includes(q));
  return [...starts, ...contains].slice(0, MAX_OPTIONS);
}

/**
 * A comment's text box where `@` offers the project's members: a listbox filtered by what
 * follows the `@`, chosen with ArrowUp/ArrowDown and Enter or Tab (Escape closes it) or with the
 * mouse; the choice is written as `@[Name](userId)`, which the server turns into a notice.
 * The box is an ARIA combobox whose active option is its `aria-activedescendant`.
 */
export function MentionTextarea({
  id,
  value,
  onChange,
  rows = 2,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}) {
  const { members, userId } = useMentionMembers();
  const listId = useId();
  const hintId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const others = useMemo(() => members.filter((m) => m.userId !== userId), [members, userId]);
  const typed = mentionQueryAt(value, caret);
  const options = typed && typed.start !== dismissedAt ? matching(others, typed.query) : [];
  const isOpen = options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);

  useLayoutEffect(() => {
    if (pendingCaret.current === null || !ref.current) return;
    ref.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    setCaret(pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  const track = (el: HTMLTextAreaElement) => {
    setCaret(el.selectionStart);
    setActive(0);
  };

  const choose = (member: MentionMember) => {
    if (!typed) return;
    const inserted = `${formatMention(member)} `;
    const next = value.slice(0, typed.start) + inserted + value.slice(caret);
    pendingCaret.current = typed.start + inserted.length;
    setDismissedAt(null);
    onChange(next);
    ref.current?.focus();
  };

  const optionId = (i: number) => `${listId}-option-${i}`;

  return (
    <div className="relative">
      <textarea
        ref={ref}
        id={id}
        className={inputClass}
        rows={rows}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-activedescendant={isOpen ? optionId(activeIndex) : undefined}
        aria-describedby={hintId}
        onChange={(e) => {
          onChange(e.target.value);
          track(e.target);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={(e) => {
          if (!isOpen) return;
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            const step = e.key === "ArrowDown" ? 1 : -1;
            setActive((activeIndex + step + options.length) % options.length);
          } else if (e.key === "Enter" || e.key === "Tab") {
            e.preventDefault();
            choose(options[activeIndex]!);
          } else if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            setDismissedAt(typed?.start ?? null);
          }
        }}
        onBlur={() => setDismissedAt(typed?.start ?? null)}
        onFocus={() => setDismissedAt(null)}
      />
      <p id={hintId} className="text-xs text-stone-500">
        Type @ to mention a member of the project; they are notified.
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label="Members to mention"
        hidden={!isOpen}
        className="absolute left-0 z-20 mt-1 max-h-60 w-64 overflow-auto rounded border border-stone-300 bg-white py-1 text-sm shadow-lg"
      >
        {options.map((member, i) => (
          <li
            key={member.userId}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className={`cursor-pointer px-3 py-1 ${i === activeIndex ? "bg-sky-100 text-sky-950" : "text-stone-800"}`}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(member)}
          >
            {member.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
