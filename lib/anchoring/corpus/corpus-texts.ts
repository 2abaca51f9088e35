/**
 * Long texts for the re-anchoring corpus, generated from a seed: prose of the kinds ClaimDesk is
 * used on, where whole sentences and paragraphs repeat (boilerplate clauses, articles that
 * restate each other, digests that re-quote their source). Every sentence here was written for
 * this corpus; none is copied from a real licence or treaty.
 */

export interface CorpusText {
  name: string;
  text: string;
}

type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** Fills {slot} markers from `slots`, each occurrence drawn anew. */
function fill(random: Random, template: string, slots: Record<string, readonly string[]>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => pick(random, slots[name] ?? [name]));
}

const LICENCE_SLOTS = {
  party: ["the Licensor", "each Contributor", "the Licensee", "any Distributor", "the Steward", "a Recipient"],
  object: [
    "the Work",
    "any Derivative Work",
    "the Source Form",
    "the Documentation",
    "any Contribution",
    "the Object Form",
  ],
  act: ["reproduce", "distribute", "publicly display", "sublicense", "modify", "translate", "publicly perform"],
  period: ["thirty (30) days", "sixty (60) days", "ninety (90) days", "one (1) year", "six (6) months"],
  law: [
    "applicable law",
    "the laws of the place of distribution",
    "any mandatory consumer protection law",
    "the governing law stated below",
  ],
  thing: ["notice", "attribution", "licence text", "copyright statement", "disclaimer", "change log"],
} as const;

const LICENCE_SENTENCES = [
  "Subject to the terms of this Licence, {party} grants to {party} a worldwide, royalty-free, non-exclusive licence to {act} {object}.",
  "{party} may {act} {object} in any medium, provided that the {thing} is retained in every copy.",
  "If {party} fails to comply with this section, the rights granted under it terminate after {period} unless the breach is cured.",
  "No {thing} may be removed from {object} except as required by {law}.",
  "{party} shall not use the names or marks of {party} to endorse {object} without prior written permission.",
  "Any {thing} supplied with {object} forms part of the conditions under which {party} may {act} it.",
  "Where {law} does not allow the exclusion of implied terms, the exclusion applies to the fullest extent permitted.",
  "A copy of this Licence, or of its {thing}, must accompany {object} when {party} chooses to {act} it.",
  "{party} is solely responsible for determining whether it is appropriate to {act} {object}.",
  "The obligations in this section survive the termination of this Licence for {period}.",
  "Rights not expressly granted by this Licence are reserved by {party}.",
  "{party} may charge a fee for support of {object}, but only on its own behalf and not on behalf of {party}.",
] as const;

/** Clauses repeated word for word in several sections, as licences repeat them. */
const LICENCE_BOILERPLATE = [
  "Except as expressly stated in this Licence, the Work is provided on an “as is” basis, without warranties or conditions of any kind, either express or implied.",
  "Nothing in this section shall be construed as limiting any right that a Licensee has under applicable law.",
  "Any notice under this Licence shall be given in writing and delivered to the address set out in the Schedule.",
  "In no event shall any Contributor be liable for damages arising in any way out of the use of the Work, even if advised of the possibility of such damages.",
  "The Licensor may offer additional terms for the Work, but such terms do not modify this Licence.",
] as const;

const LICENCE_TITLES = [
  "Definitions",
  "Grant of Copyright Licence",
  "Grant of Patent Licence",
  "Redistribution",
  "Submission of Contributions",
  "Trademarks",
  "Disclaimer of Warranty",
  "Limitation of Liability",
  "Accepting Warranty or Support",
  "Termination",
  "Notices",
  "Governing Law",
  "Severability",
  "Miscellaneous",
] as const;

const TREATY_SLOTS = {
  parties: ["The Contracting Parties", "The High Contracting Parties", "The Parties", "Both Parties"],
  field: [
    "defence and security",
    "energy and transport",
    "science and education",
    "trade and investment",
    "culture and tourism",
    "public health",
    "customs and border control",
    "the peaceful use of outer space",
  ],
  body: [
    "a Joint Commission",
    "the competent authorities",
    "a standing working group",
    "the Ministries of Foreign Affairs",
    "an intergovernmental council",
  ],
  verb: ["promote", "strengthen", "develop", "coordinate", "encourage", "facilitate"],
  time: [
    "annually",
    "at least twice a year",
    "at the request of either Party",
    "within six months of the entry into force of this Treaty",
  ],
  place: ["Moscow", "Tehran", "Geneva", "Vienna", "Ashgabat", "Baku"],
} as const;

const TREATY_SENTENCES = [
  "{parties} shall {verb} cooperation in the field of {field}.",
  "For the purposes of this Article, {body} shall meet {time}, alternately in {place} and {place}.",
  "{parties} shall {verb} direct contacts between their organisations active in {field}.",
  "{body} shall prepare a programme of joint measures in {field} and report on its implementation {time}.",
  "Nothing in this Article shall affect the rights and obligations of {parties} under other international agreements.",
  "{parties} shall refrain from any action that could undermine cooperation in {field}.",
  "The modalities of cooperation in {field} shall be set out in separate agreements concluded by {body}.",
  "Each Party shall inform the other, {time}, of measures it takes to {verb} cooperation in {field}.",
  "{parties} agreed that consultations on {field} would be held {time} in {place}.",
  "Disputes concerning {field} shall be settled by consultation between {body}.",
] as const;

/** Sentences that treaties restate article after article. */
const TREATY_BOILERPLATE = [
  "The Parties shall cooperate in the exchange of information in accordance with their national legislation and their international obligations.",
  "This Article shall not affect the obligations of either Party under treaties to which it is a party.",
  "The Parties shall take the necessary measures to ensure the implementation of this Article — within the limits of their competence.",
  "Each Party shall bear its own costs arising from the implementation of this Article unless otherwise agreed.",
] as const;

/** A short run of fresh sentences, used for inserted paragraphs and rewrites (never in the texts themselves). */
const FRESH_WORDS = [
  "lantern",
  "orchard",
  "meridian",
  "basalt",
  "cobalt",
  "harbour",
  "quarry",
  "violet",
  "granite",
  "estuary",
  "saffron",
  "glacier",
  "juniper",
  "pylon",
  "tundra",
  "zephyr",
];

/** A sentence of invented words, unlike any sentence of the corpus texts. */
export function freshSentence(random: Random): string {
  const words = Array.from({ length: 6 + Math.floor(random() * 8) }, () => pick(random, FRESH_WORDS));
  const first = words[0] as string;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(" ")}.`;
}

function paragraphsOf(
  random: Random,
  sentences: readonly string[],
  slots: Record<string, readonly string[]>,
  boilerplate: readonly string[],
  count: number,
): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    // Boilerplate comes in about every third paragraph, at any place in it. The same sentence
    // never stands twice in a row: deleting one of two adjacent twins gives the same text
    // whichever was deleted, so such a case would have no right answer to check.
    if (random() < 0.35) {
      const at = Math.floor(random() * (out.length + 1));
      const clause = pick(random, boilerplate);
      if (out[at - 1] !== clause && out[at] !== clause) out.splice(at, 0, clause);
    }
    const sentence = fill(random, pick(random, sentences), slots);
    if (out[out.length - 1] !== sentence) out.push(sentence);
  }
  return out.join(" ");
}

/** A licence-like text of about `length` UTF-16 units: numbered sections with repeated clauses. */
export function licenceText(random: Random, length = 24_000): CorpusText {
  const blocks: string[] = [
    "Public Works Licence, version 3",
    "Copyright © the Contributors. All rights reserved where not granted below.",
  ];
  // One whole paragraph is reused verbatim in several sections (identical context around it).
  const sharedParagraph = paragraphsOf(random, LICENCE_SENTENCES, LICENCE_SLOTS, LICENCE_BOILERPLATE, 3);
  let size = 0;
  for (let n = 1; size < length; n++) {
    blocks.push(`${n}. ${pick(random, LICENCE_TITLES)}`);
    const paragraphs = 2 + Math.floor(random() * 3);
    for (let p = 0; p < paragraphs; p++) {
      const paragraph =
        random() < 0.12
          ? sharedParagraph
          : paragraphsOf(random, LICENCE_SENTENCES, LICENCE_SLOTS, LICENCE_BOILERPLATE, 2 + Math.floor(random() * 4));
      blocks.push(`${n}.${p + 1} ${paragraph}`);
      size += paragraph.length;
    }
  }
  blocks.push("END OF TERMS AND CONDITIONS");
  return { name: "licence", text: blocks.join("\n\n") };
}

/** Treaty-like prose of about `length` UTF-16 units: articles that restate each other. */
export function treatyText(random: Random, length = 24_000): CorpusText {
  const blocks: string[] = [
    "Treaty on Comprehensive Strategic Partnership between the Republic of Arden and the Federation of Belmark",
    "The Republic of Arden and the Federation of Belmark, hereinafter referred to as “the Parties”, guided by the principles of the Charter of the United Nations, have agreed as follows:",
  ];
  let size = 0;
  for (let n = 1; size < length; n++) {
    blocks.push(`Article ${n}`);
    const paragraphs = 1 + Math.floor(random() * 3);
    for (let p = 0; p < paragraphs; p++) {
      const paragraph = paragraphsOf(
        random,
        TREATY_SENTENCES,
        TREATY_SLOTS,
        TREATY_BOILERPLATE,
        2 + Math.floor(random() * 4),
      );
      blocks.push(`${p + 1}. ${paragraph}`);
      size += paragraph.length;
    }
  }
  blocks.push(
    "Done at Geneva 🇨🇭 on the seventeenth day of January, in two originals, each in the Ardenian, Belmarkian and English languages, all texts being equally authentic.",
  );
  return { name: "treaty", text: blocks.join("\n\n") };
}

/**
 * A news digest built on the demo article: the article itself, then "related coverage" that
 * re-quotes its sentences in other surroundings, with the syndication boilerplate repeated.
 */
export function articleDigest(random: Random, article: string, length = 16_000): CorpusText {
  const sentences = article.match(/[^.!?\n]+[.!?]+[”’"]?/g)?.map((s) => s.trim()) ?? [];
  const blocks: string[] = [article.trim()];
  const leads = [
    "As reported earlier,",
    "In an earlier dispatch:",
    "From our archive:",
    "Background:",
    "Analysts recalled that",
  ];
  let size = article.length;
  for (let n = 1; size < length; n++) {
    const parts: string[] = [`Related coverage ${n}`];
    for (let p = 0; p < 2 + Math.floor(random() * 3); p++) {
      const quoted = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, sentences)))];
      const paragraph = `${pick(random, leads)} ${quoted.join(" ")} ${fill(random, pick(random, TREATY_SENTENCES), TREATY_SLOTS)}`;
      parts.push(paragraph);
      size += paragraph.length;
    }
    parts.push("Loading…\nRead the full article here");
    blocks.push(parts.join("\n"));
  }
  return { name: "article", text: blocks.join("\n\n") };
}
