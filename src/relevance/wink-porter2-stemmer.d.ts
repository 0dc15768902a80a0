/** Types for `wink-porter2-stemmer` (ships none): Porter2 (Snowball English) stemming of one lower-case word. */
declare module 'wink-porter2-stemmer' {
  /** Returns the Porter2 stem of `word` (expects lower case). */
  export default function stem(word: string): string;
}
