/**
 * What keeps the hint card visible only while the extension runs, so that a card left behind by an extension that
 * was removed disappears (Firefox): when an add-on is uninstalled, disabled or updated, Firefox tears down its
 * content scripts' sandbox (their listeners and timers are gone, so the card cannot remove itself) but also removes
 * the style sheets the extension inserted into open pages (`scripting.insertCSS`). The card's host is hidden unless
 * such a sheet sets {@link ALIVE_PROPERTY} on it (`content/card/styles.ts`), and the background inserts
 * {@link ALIVE_CSS} into a document right before the content script (`injectScript` in `src/platform/extension.ts`,
 * the one way the content script gets into a page). In Chrome the content script itself removes the card when its
 * context is invalidated; the sheet is inserted there too, so one rule holds in both browsers. No imports: used by
 * the background and the content script alike.
 */

/** Custom property that makes the card's host visible (`visible`); unset, the host is `hidden`. */
export const ALIVE_PROPERTY = '--argumentarium-alive';

/**
 * The sheet the background inserts with the user origin (`cssOrigin: 'user'`): a page's own `!important` author
 * rules cannot take the property away, and a custom property crosses into the card's shadow root on its host.
 */
export const ALIVE_CSS = `[data-argumentarium] { ${ALIVE_PROPERTY}: visible !important; }`;
