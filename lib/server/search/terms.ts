// Turns whatever a reader types into safe full-text syntax for either engine.
// Only runs of letters and digits survive, so quotes, operators and stray
// punctuation can never reach the query parser. A quoted run of words is kept
// as a phrase; every other word matches as a prefix.
export type SearchTerms = { phrases: string[][]; words: string[] };

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_TERMS = 12;

function wordsOf(text: string): string[] {
  return (text.normalize("NFKC").toLowerCase().match(WORD) ?? []).slice(0, MAX_TERMS);
}

export function parseSearchTerms(raw: string): SearchTerms {
  const input = raw.slice(0, 500);
  const phrases: string[][] = [];
  const rest = input.replace(/"([^"]*)"/g, (_, inner: string) => {
    const words = wordsOf(inner);
    if (words.length > 1) phrases.push(words);
    else if (words.length === 1) return ` ${words[0]} `;
    return " ";
  });
  return { phrases: phrases.slice(0, MAX_TERMS), words: wordsOf(rest) };
}

export function isEmptySearch(terms: SearchTerms): boolean {
  return terms.phrases.length === 0 && terms.words.length === 0;
}

// FTS5: every term in double quotes (a string, never an operator); words get
// the prefix star (unless `exact`: whole words only, whose matches are a
// subset); terms are ANDed by juxtaposition.
export function toFts5Query(terms: SearchTerms, { exact = false } = {}): string {
  const parts = [...terms.phrases.map((p) => `"${p.join(" ")}"`), ...terms.words.map((w) => `"${w}"${exact ? "" : "*"}`)];
  return parts.join(" ");
}

// PostgreSQL to_tsquery: words become prefix lexemes, phrases use <->.
export function toTsQuery(terms: SearchTerms): string {
  const quote = (w: string) => `'${w}'`;
  const parts = [...terms.phrases.map((p) => `(${p.map(quote).join(" <-> ")})`), ...terms.words.map((w) => `${quote(w)}:*`)];
  return parts.join(" & ");
}
