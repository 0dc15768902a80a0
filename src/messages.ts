/**
 * Every message that crosses a context (popup, content script, background, options),
 * as discriminated unions named by direction. Payloads are typed; nothing is `any`.
 *
 * Each union member's `type` is unique across all unions, so exactly one listener
 * answers each message type (webextension-polyfill resolves `sendMessage` with the
 * first listener's promise).
 */
import type { Lang } from './catalog/types';
import type { RankedArgument } from './relevance/types';

/** What a content script knows about its page. */
export interface PageReport {
  /** The page's URL (no fragment). */
  url: string;
  /** The site module that read it, e.g. `x`, `facebook`, `confluence`, `generic`. */
  site: string;
  /** `ok`: text was read; `unreadable`: the page draws its text where we cannot read it (Google Docs canvas); `empty`: nothing to read yet. */
  status: 'ok' | 'unreadable' | 'empty';
  /** Characters of text read so far (UTF-16 code units). */
  chars: number;
  /** Relevant arguments for the page, best first (empty when nothing is relevant). */
  ranked: RankedArgument[];
  /** Optional per-section ranking for long documents (document mode). */
  sections?: { heading: string; ranked: RankedArgument[] }[];
  /** Title of the page or document, when known. */
  title?: string;
  /**
   * Document mode: the objections found in the text (labels in the output language), each with the id of
   * the argument that answers it, in ranking order. Absent on feeds.
   */
  objections?: { objection: string; argumentId: string }[];
}

/** Popup → content script (sent with `tabs.sendMessage`). */
export type PopupToContent = { type: 'page-report' };

/** Background → content script. */
export type BackgroundToContent =
  | { type: 'copy-best' }
  | { type: 'rank-selection'; text: string }
  | { type: 'settings-changed' };

/** Content script, popup or options → background. */
export type ToBackground =
  | { type: 'copied'; argumentId: string; siteKind: string }
  | { type: 'open-options'; section?: string }
  | { type: 'refresh-registrations' }
  /** Content script → background: the UI strings of `lang` (a parsed `_locales/<lang>/messages.json`), for a card in a language other than the browser's. */
  | { type: 'get-messages'; lang: Lang };

/** Responses, by request type. */
export interface Responses {
  'page-report': PageReport;
  'copy-best': { ok: boolean; argumentId?: string; error?: string };
  'rank-selection': { ok: boolean };
  'settings-changed': { ok: boolean };
  copied: { ok: boolean };
  'open-options': { ok: boolean };
  'refresh-registrations': { ok: boolean; registered: string[] };
  /** `messages`: the parsed messages.json, keyed like Chrome's i18n files. */
  'get-messages': { ok: boolean; messages?: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> };
}

/** Any message. */
export type Message = PopupToContent | BackgroundToContent | ToBackground;

/** The response type of a message. */
export type ResponseOf<M extends Message> = Responses[M['type']];

/** Languages used in messages, re-exported for convenience. */
export type { Lang };

/** True when `value` looks like one of our messages (an object with a string `type`). */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
