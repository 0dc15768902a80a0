/**
 * The hint card's stylesheet and how it gets into the shadow root.
 *
 * Hostile pages shape these rules:
 * - `:host { all: initial !important }` then every host property again with `!important`: for `!important`
 *   declarations the shadow tree's `:host` rule beats the page's (CSS Cascade 5, "Shadow tree context":
 *   important declarations of the inner context win), so `html > :not(body) { display: none !important }`
 *   on the page cannot hide or move the host (checked in Chromium and Firefox), and inner elements are out of the
 *   page's selectors' reach anyway (`div, span { font-size: 1px !important }`). `all` does not reset `direction`,
 *   so it is set separately.
 * - Visible only while the extension's sheet sets `--argumentarium-alive` on the host (`src/card-alive.ts`): Firefox
 *   removes that sheet, not the card, when the extension is removed, and the card then hides itself.
 * - px only: a page's `html { font-size: 10px }` changes `rem`, never px.
 * - Every inherited text property (font, letter-spacing, word-spacing, text-transform, text-align, line-height,
 *   white-space) is set explicitly on `.root`, so nothing of the page's `body` styles leaks in.
 * - Colours explicit, light and dark via `prefers-color-scheme`; forced-colors mode keeps borders.
 * - Contrast (computed with the WCAG 2.2 relative-luminance formula; 1.4.3 asks 4.5:1): light #1b1b1f on #ffffff
 *   17.2:1, muted #44474f on the #eef2fb item background: 8.3:1, #ffffff on #0b57d0 6.4:1, ok #146c2e 6.5:1, error
 *   #b3261e 6.5:1; dark #e3e3e8 on #1e1f22 12.9:1, muted #c4c6d0 on #2a2f3a 7.9:1, #062e6f on #a8c7fa 7.5:1.
 */

import { ALIVE_PROPERTY } from '../../src/card-alive';

/** The card's CSS (one sheet; about 3 KB). */
export const CARD_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: auto 16px calc(16px + var(--argumentarium-lift, 0px)) auto !important;
  z-index: 2147483647 !important;
  display: block !important;
  box-sizing: border-box !important;
  width: auto !important;
  height: auto !important;
  max-width: calc(100vw - 32px) !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  background: transparent !important;
  overflow: visible !important;
  visibility: var(${ALIVE_PROPERTY}, hidden) !important;
  opacity: 1 !important;
  transform: none !important;
  pointer-events: auto !important;
  direction: ltr !important;
  unicode-bidi: isolate !important;
  color-scheme: light dark !important;
}
:host([data-side="left"]) { inset: auto auto calc(16px + var(--argumentarium-lift, 0px)) 16px !important; }
:host([hidden]) { display: none !important; }
/* A printout of the page is the page's, not ours. */
@media print { :host { display: none !important; } }
:host::backdrop { display: none !important; }

*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }

.root {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #44474f; --line: #c4c6cf; --accent: #0b57d0; --on-accent: #ffffff;
  --soft: #eef2fb; --ok: #146c2e; --err: #b3261e; --shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  display: flex; flex-direction: column-reverse; align-items: flex-end; gap: 8px;
  margin: 0; padding: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 14px; line-height: 20px; font-weight: 400; font-style: normal;
  letter-spacing: normal; word-spacing: normal; text-transform: none; text-align: left; text-indent: 0;
  text-decoration: none; text-shadow: none; white-space: normal; word-break: normal; overflow-wrap: anywhere;
  color: var(--fg); cursor: default;
}
/* No room beside the page's text: the pill stands for the panel, which stays laid out (measured) but unseen and inert. */
:host([data-room="pill"]) .panel { visibility: hidden !important; position: absolute !important; right: 0; bottom: 0; pointer-events: none !important; }
/* In the left corner the pill sits at the panel's left edge. */
:host([data-side="left"]) .root { align-items: flex-start; }
@media (prefers-color-scheme: dark) {
  .root {
    --bg: #1e1f22; --fg: #e3e3e8; --muted: #c4c6d0; --line: #5c5f66; --accent: #a8c7fa; --on-accent: #062e6f;
    --soft: #2a2f3a; --ok: #8fd9a0; --err: #ffb4ab; --shadow: 0 4px 16px rgba(0, 0, 0, 0.6);
  }
}

button {
  font: inherit; letter-spacing: inherit; text-transform: none; color: inherit;
  margin: 0; cursor: pointer; -webkit-appearance: none; appearance: none;
}
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

.bar { display: flex; align-items: center; gap: 4px; }
.pill {
  display: inline-flex; align-items: center; gap: 8px;
  min-height: 36px; padding: 6px 14px 6px 6px;
  border: 1px solid var(--line); border-radius: 18px;
  background: var(--bg); color: var(--fg); box-shadow: var(--shadow);
  font-size: 14px; line-height: 20px; font-weight: 600;
}
.mark {
  display: inline-flex; align-items: center; justify-content: center;
  width: 24px; height: 24px; border-radius: 12px;
  background: var(--accent); color: var(--on-accent); font-size: 13px; line-height: 24px; font-weight: 700;
}
.dismiss {
  width: 32px; height: 32px; padding: 0;
  border: 1px solid var(--line); border-radius: 16px;
  background: var(--bg); color: var(--fg); box-shadow: var(--shadow);
  font-size: 18px; line-height: 30px; text-align: center;
}

.panel {
  width: var(--argumentarium-width, 340px); max-width: calc(100vw - 32px); max-height: var(--argumentarium-panel-max, calc(100vh - 120px)); overflow: auto;
  padding: 12px; border: 1px solid var(--line); border-radius: 12px;
  background: var(--bg); color: var(--fg); box-shadow: var(--shadow);
}
.heading { margin: 0 0 8px; font-size: 14px; line-height: 20px; font-weight: 700; color: var(--fg); }
.message { margin: 0; font-size: 14px; line-height: 20px; color: var(--fg); }
.list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.arg { margin: 0; padding: 10px; border-radius: 8px; background: var(--soft); }
.title { margin: 0 0 4px; font-size: 14px; line-height: 20px; font-weight: 700; color: var(--fg); }
.claim { margin: 0 0 6px; font-size: 13px; line-height: 18px; color: var(--fg); }
.why, .objection { margin: 0 0 6px; font-size: 12px; line-height: 16px; color: var(--muted); }
.quote { all: unset; cursor: pointer; font-style: italic; color: inherit; border-radius: 3px; }
.quote:hover { text-decoration: underline; }
.quote:focus-visible { outline: 2px solid var(--accent, Highlight); outline-offset: 1px; }
.quote .word { background: transparent; color: var(--fg, CanvasText); font-style: normal; font-weight: 600; }
.objections { list-style: none; margin: 0; padding: 0; }
.copy {
  min-height: 28px; padding: 4px 12px;
  border: 1px solid var(--accent); border-radius: 14px;
  background: var(--accent); color: var(--on-accent);
  font-size: 13px; line-height: 18px; font-weight: 600;
}
.more {
  margin-top: 8px; margin-inline-end: 16px; padding: 4px 0; border: 0; background: transparent;
  color: var(--accent); text-decoration: underline; font-size: 13px; line-height: 18px;
}
.status {
  margin: 0; max-width: 340px; padding: 6px 10px; border-radius: 8px;
  background: var(--bg); border: 1px solid var(--line); box-shadow: var(--shadow);
  font-size: 13px; line-height: 18px; font-weight: 600; color: var(--ok);
}
.status:empty { display: none; }
.status[data-kind="error"] { color: var(--err); }

@media (forced-colors: active) {
  .mark { forced-color-adjust: none; background: CanvasText; color: Canvas; }
  .arg { border: 1px solid CanvasText; }
}
`;

/** How the styles were attached: a constructed sheet (immune to the page's `style-src` CSP) or a `<style>` fallback. */
export type StyleMethod = 'adopted' | 'style-element';

/**
 * Puts `css` into `shadow`: a constructable stylesheet (`new CSSStyleSheet()` + `adoptedStyleSheets`) so that a
 * page CSP like `style-src 'self'` cannot block it; a `<style>` element only where constructable sheets are
 * missing or refused (older engines, some content-script worlds).
 * @returns the method used, so tests and diagnostics can tell.
 */
export function applyStyles(shadow: ShadowRoot, css: string): StyleMethod {
  const doc = shadow.ownerDocument;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const Sheet = win?.CSSStyleSheet ?? (typeof CSSStyleSheet === 'undefined' ? undefined : CSSStyleSheet);
  try {
    if (Sheet && 'adoptedStyleSheets' in shadow) {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      if (shadow.adoptedStyleSheets.length === 1) return 'adopted';
    }
  } catch {
    // Refused (e.g. the sheet's constructor document differs from the shadow root's): use the fallback.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.prepend(style);
  return 'style-element';
}
