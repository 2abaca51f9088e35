const RTL_LANGUAGES = new Set([
  "ar",
  "arc",
  "ckb",
  "dv",
  "fa",
  "he",
  "iw",
  "ks",
  "ku",
  "ps",
  "sd",
  "syr",
  "ug",
  "ur",
  "yi",
]);

/** Writing direction for a BCP 47 language tag; "auto" lets the browser decide per paragraph. */
export function directionOfLanguage(language: string | null | undefined): "rtl" | "ltr" | "auto" {
  if (!language) return "auto";
  const primary = language.toLowerCase().split("-")[0] ?? "";
  return RTL_LANGUAGES.has(primary) ? "rtl" : "ltr";
}
