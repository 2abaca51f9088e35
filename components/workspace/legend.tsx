import { legendEntries } from "./tones";

export function Legend() {
  return (
    <details className="text-sm text-stone-700">
      <summary className="cursor-pointer select-none">Legend</summary>
      <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1">
        {legendEntries.map((e) => (
          <li key={e.tone} className="flex items-center gap-2">
            <span aria-hidden="true" className="w-4 text-center font-semibold">
              {e.glyph}
            </span>
            <span className={`claim-highlight claim-tone-${e.tone} px-1`}>{e.label}</span>
          </li>
        ))}
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="w-4 text-center">
            ⚠
          </span>
          <span className="claim-highlight claim-tone-fuzzy px-1">Re-attached approximately</span>
        </li>
      </ul>
    </details>
  );
}
