// Deterministic, varied release text for the bench: a Zipf-like vocabulary so
// a search finds common words in most releases and rare ones in a handful.

export const COMMON_WORD = "embassy";
export const RARE_WORD = "quokkaflight";
// Releases whose index is a multiple of this carry the rare word (~7 in 100,000).
export const RARE_EVERY = 14_983;

const WORDS = (
  "ministry statement visit cooperation university delegation agreement trade agriculture culture " +
  "education consular citizens minister government talks bilateral relations sanctions journalists " +
  "newspaper question answer comment exhibition concert festival students exchange scholarship " +
  "ambassador attaché conference forum energy climate security humanitarian assistance grain export " +
  "import fisheries aviation railway museum library archive anniversary memorial veterans wreath " +
  "ceremony reception treaty protocol negotiations parliament committee report publication interview " +
  "broadcast correspondent visa passport registration election observers heritage orchestra theatre " +
  "translation literature poetry science research laboratory medicine vaccine hospital cooperation"
).split(" ");

// Small fast PRNG (mulberry32) so every run writes the same text.
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function word(random: () => number): string {
  // Squaring skews towards the head of the list: a few words are everywhere.
  return WORDS[Math.floor(random() * random() * WORDS.length)] ?? COMMON_WORD;
}

function sentence(random: () => number, extra?: string): string {
  const length = 8 + Math.floor(random() * 14);
  const parts: string[] = [];
  for (let i = 0; i < length; i++) parts.push(word(random));
  if (extra) parts.splice(Math.floor(random() * parts.length), 0, extra);
  const text = parts.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

export function releaseText(index: number): { title: string; summary: string; body: string } {
  const random = rng(index + 1);
  const rare = index % RARE_EVERY === 7 ? RARE_WORD : undefined;
  const title = `The ${COMMON_WORD} on the ${word(random)} ${word(random)} and ${word(random)} (${index})`;
  const summary = sentence(random, COMMON_WORD);
  const paragraphs: string[] = [];
  const count = 2 + Math.floor(random() * 4);
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 3; s++) sentences.push(sentence(random, p === 0 && s === 0 ? rare : undefined));
    paragraphs.push(`<p>${sentences.join(" ")}</p>`);
  }
  return { title, summary, body: paragraphs.join("") };
}
