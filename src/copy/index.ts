/**
 * Copy formats: turns an argument into what the clipboard receives, in the format the destination wants.
 * Pure functions; no browser APIs. (Basic version; the popup engineer extends it with briefings, audiences and X length.)
 */
import { type Argument, type Lang, textOf } from '../catalog/types';

/** A clipboard payload: `text/plain` and `text/html` flavours of the same content. */
export interface ClipboardPayload {
  plain: string;
  html: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One argument as title, claim and reasoning, in plain text and HTML. */
export function formatArgument(arg: Argument, lang: Lang): ClipboardPayload {
  const t = textOf(arg, lang);
  return {
    plain: `${t.title}\n\n${t.claim}\n\n${t.reasoning}`,
    html: `<p><strong>${escapeHtml(t.title)}</strong></p><p>${escapeHtml(t.claim)}</p><p>${escapeHtml(t.reasoning)}</p>`,
  };
}
