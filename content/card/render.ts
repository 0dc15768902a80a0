/**
 * The hint card's markup, made with plain DOM calls and `textContent` only (nothing from the page becomes markup):
 * one argument with its title, claim, "why" and Copy button, and the signature that says when to render again.
 */
import { t } from '../../src/i18n/index';
import type { CardArgument, CardState } from './types';

/** The signature of what the panel shows; equal signatures mean no re-render. */
export function signatureOf(state: CardState, args: CardArgument[]): string {
  return JSON.stringify([
    state.status,
    state.lang,
    state.source,
    args.map((a) => [a.id, a.title, a.claim, a.matched, a.quote, a.objections]),
  ]);
}

/** A new `tag` element of `doc` with an optional class and text (never markup). */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * "Why: “…”": the sentence that carries the argument, its decisive words marked, as a button that shows the post
 * it comes from. The label's text around the quote comes from `cardWhy` (its `$1` is the quote).
 */
export function renderQuote(doc: Document, arg: CardArgument): HTMLParagraphElement {
  const why = el(doc, 'p', 'why');
  const [before = '', after = ''] = t('cardWhy', '\u0000').split('\u0000');
  const quote = el(doc, 'button', 'quote');
  quote.type = 'button';
  quote.dataset.action = 'quote';
  quote.dataset.id = arg.id;
  const text = arg.quote as string;
  const words = arg.matched.map((w) => w.toLowerCase());
  // Marks whole words only: split at word boundaries and mark the parts that are decisive words.
  for (const part of text.split(/([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u)) {
    if (!part) continue;
    if (words.includes(part.toLowerCase())) quote.append(el(doc, 'mark', 'word', part));
    else quote.append(doc.createTextNode(part));
  }
  why.append(before, quote, after);
  return why;
}

/** One argument of the opened card: title, claim, its "why", the objections found, and its Copy button. */
export function renderArgument(doc: Document, arg: CardArgument, index: number): HTMLLIElement {
  const item = el(doc, 'li', 'arg');
  item.dataset.argumentId = arg.id;
  const title = el(doc, 'h3', 'title', arg.title);
  title.id = `arg-title-${index}`;
  item.append(title, el(doc, 'p', 'claim', arg.claim));
  if (arg.quote) item.append(renderQuote(doc, arg));
  else if (arg.matched.length > 0) item.append(el(doc, 'p', 'why', t('cardWhy', arg.matched.join(', '))));
  if (arg.objections.length > 0) {
    const objections = el(doc, 'ul', 'objections');
    for (const label of arg.objections) objections.append(el(doc, 'li', 'objection', t('cardObjection', label)));
    item.append(objections);
  }
  const copy = el(doc, 'button', 'copy', t('cardCopy'));
  copy.type = 'button';
  copy.dataset.action = 'copy';
  copy.dataset.id = arg.id;
  copy.setAttribute('aria-describedby', title.id);
  item.append(copy);
  return item;
}
