/**
 * Every message that crosses a context (popup, content script, background, options),
 * as discriminated unions named by direction. Payloads are typed; nothing is `any`.
 *
 * Each union member's `type` is unique across all unions, so exactly one listener
 * answers each message type (webextension-polyfill resolves `sendMessage` with the
 * first listener's promise).
 */
import type { Lang } from './catalog/types';
import type { MessagesFile } from './i18n/index';
import type { RankedArgument } from './relevance/types';
import type { DocumentCard, HintMode } from './settings/index';
import type { SiteGroupId } from './site-groups';

/** What a content script knows about its page. */
export interface PageReport {
  /** The page's URL (no fragment). */
  url: string;
  /** The site module that read it, e.g. `x`, `facebook`, `confluence`, `generic`. */
  site: string;
  /**
   * `ok`: text was read; `unreadable`: the page draws its text where we cannot read it (Google Docs canvas); `empty`:
   * nothing to read yet; `private`: a page of private messages, never read; `unrecognised`: a page of a known site
   * that shows content, yet none of it was found for a while (the site changed its layout; `content/layout.ts`).
   */
  status: 'ok' | 'unreadable' | 'empty' | 'private' | 'unrecognised';
  /** The site's name as its users know it (`LinkedIn`), for the popup's words about the page. */
  siteName?: string;
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
  /** Display labels (in the UI language) of the objection ids in `ranked`; an id without one is shown as it is. */
  objectionLabels?: Record<string, string>;
  /** True when the page kept removing the hint card, so it stays off this page (the popup says so). */
  cardRemoved?: boolean;
}

/**
 * One text for the background to rank, under a key the sender chooses (`page`, a section, the compose box): the
 * text itself, or `join`, the keys of texts earlier in the same request, ranked as one text joined by line breaks.
 * A document's page ranking is the join of its sections' texts, so the page's text crosses the message boundary
 * once, not twice (the serialisation of a `rank` message was 39 % of the content script's time on the bench's 5 MB
 * page).
 */
export type RankText = { key: string; text: string } | { key: string; join: string[] };

/** One argument as the card shows it, prepared by the background (texts in the requested language). */
export interface RankCard {
  title: string;
  claim: string;
  /** The copy payload in the destination's format (`formatArgument` of `src/copy`), written synchronously on click. */
  copy: CopyPayload;
}

/** One copy of an argument: both clipboard flavours, as `formatArgument` of `src/copy` writes them. */
export interface CopyPayload {
  plain: string;
  html: string;
}

/** Answer to `copies`: the copy payload of every requested argument the effective catalog still has. */
export type CopiesResponse = { ok: true; copies: Record<string, CopyPayload> } | { ok: false; error: string };

/** Answer to `rank`: per-key rankings plus what the card needs for every argument id among them. */
export type RankResponse =
  | {
      ok: true;
      /** `rankArguments` of each text, by its key (every requested key is present; `[]` when nothing is relevant). */
      results: Record<string, RankedArgument[]>;
      /** Card data of every argument id that appears in `results`. */
      cards: Record<string, RankCard>;
      /** Display labels (in the requested language) of every objection id that appears in `results`. */
      objectionLabels: Record<string, string>;
    }
  | { ok: false; error: string };

/** What the content script's card policy needs from the settings, resolved by the background. */
export interface ContentConfig {
  /** The UI language of card and copied text (`settings.lang`; `auto` resolved to the browser's UI language). */
  lang: Lang;
  /** `settings.hintMode`. */
  hintMode: Record<SiteGroupId, HintMode>;
  /** `settings.documentCard`: whether the card on a document page opens while the author writes. */
  documentCard: DocumentCard;
  /** `settings.snoozed`: host names without a card. */
  snoozed: string[];
  /** The user's and the organisation's intranet sites (match patterns). */
  intranet: string[];
  /** The card's strings (`card…` keys) in `lang`; absent when the package's file could not be read (then the browser's i18n). */
  messages?: MessagesFile;
  /**
   * How the card offers the side panel: `message` (Chrome: its button sends `open-panel` from the click, which
   * `sidePanel.open` accepts as the user's gesture), `shortcut` (Firefox: the sidebar opens only from the browser's UI,
   * so the card names the keys; `shortcut` is `''` when the user removed them). Absent: no side panel in this browser.
   */
  panel?: { open: 'message' } | { open: 'shortcut'; shortcut: string };
}

/**
 * An excerpt of page text around an argument's first matched word, with the ranges to highlight
 * (offsets into `text`, UTF-16 code units). Built in the background, which has the relevance engine.
 */
export interface PageSnippet {
  text: string;
  ranges: { start: number; end: number }[];
  /** True when text was cut before / after the excerpt (the UI shows "…"). */
  cutStart: boolean;
  cutEnd: boolean;
}

/** Answer to `search`: the matching argument ids, best first (`searchArguments` of `src/relevance`). */
export type SearchResponse = { ok: true; ids: { id: string; score: number }[] } | { ok: false; error: string };

/** Answer to `rank-page`: the ranking of the text, and a snippet per ranked argument whose words were found. */
export type RankPageResponse =
  | {
      ok: true;
      ranked: RankedArgument[];
      snippets: Record<string, PageSnippet>;
      /** Display labels (in the UI language) of the objection ids in `ranked`. */
      objectionLabels: Record<string, string>;
    }
  | { ok: false; error: string };

/** Name of the port the side panel opens to a tab's content script (`tabs.connect`); other names are not ours. */
export const PANEL_PORT = 'argumentarium-panel';

/** One section of a document as the side panel lists it. */
export interface PanelSection {
  /** The heading's text as the page shows it (`''`: the text before the first heading, or a feed's whole page). */
  heading: string;
  /** The arguments found in this section, best first (`[]` when nothing in it is relevant). */
  ranked: RankedArgument[];
}

/**
 * What a content script tells the side panel about its page (over the {@link PANEL_PORT} port): what it has already
 * found, nothing read again for it. A feed is one section; a document is divided by its headings, in document order.
 */
export interface PanelFeed {
  /** The page's URL (no fragment). */
  url: string;
  /** The site module that read it (`PageReport.site`). */
  site: string;
  siteName?: string;
  title?: string;
  status: PageReport['status'];
  /** `document`: sections by heading; `feed`: one section for the posts read. */
  kind: 'feed' | 'document';
  sections: PanelSection[];
  /** Index into `sections` of the section in view (the last heading above the middle of the viewport); -1: none. */
  current: number;
  /** Display labels (in the UI language) of the objection ids in `sections`; an id without one is shown as it is. */
  objectionLabels: Record<string, string>;
  /**
   * The arguments for what the user is writing right now: the block at the caret in a document's editor, or a
   * compose box (as the card ranks it, on each pause in typing). Absent while nothing is being written.
   */
  draft?: RankedArgument[];
}

/** Side panel → content script, over the {@link PANEL_PORT} port. */
export type PanelToContent =
  /**
   * Scroll the document to the unit that holds `quote` (a quote of a {@link PanelSection}'s argument), or to the
   * heading whose text is `heading`. Answered by `panel-revealed` with the same `seq`.
   */
  { type: 'panel-reveal'; seq: number; quote?: string; heading?: string };

/** Content script → side panel, over the {@link PANEL_PORT} port. */
export type ContentToPanel =
  /** The whole feed: on connection, and after each change of what was found (coalesced). */
  | { type: 'panel-feed'; feed: PanelFeed }
  /** The section in view changed (the user scrolled): index into the last feed's `sections`. */
  | { type: 'panel-in-view'; current: number }
  /** Answer to `panel-reveal`: `ok: false` when nothing on the page holds that quote or heading any more. */
  | { type: 'panel-revealed'; seq: number; ok: boolean };

/** Popup → content script (sent with `tabs.sendMessage`). */
export type PopupToContent = { type: 'page-report' };

/** Background → content script. */
export type BackgroundToContent =
  | { type: 'copy-best' }
  /**
   * "Find arguments for the selection": the background ranked the selected text itself (the menu click gave it the
   * text), so the text does not travel to the page and back; the content script shows the ranking on its card. The
   * ranking is never empty (a selection nothing fits goes to the popup instead); `cards` and `objectionLabels` are
   * those of the `rank` answer, formatted for the page's copy format.
   */
  | { type: 'show-selection'; ranked: RankedArgument[]; cards: Record<string, RankCard>; objectionLabels: Record<string, string> };

/** Content script, popup or options → background. */
export type ToBackground =
  | { type: 'copied'; argumentId: string; siteKind: string }
  | { type: 'open-options'; section?: string }
  | { type: 'refresh-registrations' }
  /**
   * Card → background: open the side panel for the sender's tab. Sent from the card's click handler, so Chrome still
   * counts the user's gesture when `sidePanel.open` runs (Firefox's sidebar opens only from its own UI: never sent there).
   */
  | { type: 'open-panel' }
  /**
   * Content script → background: rank `texts` (page text never leaves the browser: extension-internal messaging).
   * `url` is the page's (the copy format follows it; used when it has the sender's origin); `lang` the language of
   * the card data (not of the texts, which is detected); `have` the ids whose card data the content script already
   * holds for this page (the answer leaves them out of `cards`).
   */
  | { type: 'rank'; texts: RankText[]; url: string; lang?: Lang; have?: string[] }
  /**
   * Content script → background: the copy payloads of argument `ids` for the page at `url`, in `lang`, formatted
   * with the current copy settings (audience, format, sources). Asked when only those settings changed: the page's
   * ranking stands, only what Copy writes is new.
   */
  | { type: 'copies'; ids: string[]; url: string; lang?: Lang }
  /** Content script → background: the settings the card policy needs ({@link ContentConfig}). */
  | { type: 'content-config' }
  /** Static loader (`content/loader.ts`) → background: the page has loaded; inject the content script into the sender's frame. */
  | { type: 'load-content' }
  /** Popup (extension pages) → background: search the effective catalog for what the user typed (`lang`: the UI language, breaks ties). */
  | { type: 'search'; query: string; lang: Lang }
  /** Popup → background: rank page text the popup read itself (no content script in the tab), with highlight snippets. */
  | { type: 'rank-page'; text: string };

/** Responses, by request type. */
export interface Responses {
  'page-report': PageReport;
  /** `title`: the copied argument's title in the card's language (the badge names it; no catalog lookup needed). */
  'copy-best': { ok: boolean; argumentId?: string; title?: string; error?: string };
  /** `ok: false` when the card cannot show it (no configuration, or the instance stopped): the popup shows it instead. */
  'show-selection': { ok: boolean };
  copied: { ok: boolean };
  'open-options': { ok: boolean };
  'refresh-registrations': { ok: boolean; registered: string[] };
  'open-panel': { ok: boolean; error?: string };
  rank: RankResponse;
  copies: CopiesResponse;
  'content-config': { ok: true; config: ContentConfig } | { ok: false; error: string };
  'load-content': { ok: boolean; error?: string };
  search: SearchResponse;
  'rank-page': RankPageResponse;
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
