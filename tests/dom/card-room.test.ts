// @vitest-environment jsdom
/**
 * Where the card goes (content/card/room.ts, clearance.ts, column.ts) on boxes we lay out ourselves (jsdom has no
 * layout: `getBoundingClientRect` is stubbed per element, and with no `elementsFromPoint` the clearance sees only the
 * boxes it is given); the card's side button and its pill without room; the side remembered per site by the page
 * logic (content/card-host.ts) in the content script's storage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../_locales/en/messages.json';
import { type Box, findClearance, ROW_PX } from '../../content/card/clearance';
import { composeBoxes, overlapArea, textElementOf } from '../../content/card/column';
import { CARD_SECURITY, mountCard } from '../../content/card/index';
import { chooseRoom, NARROW_PX, OPEN_MIN_HEIGHT, type RoomRequest, type Side } from '../../content/card/room';
import type { CardArgument, CardCallbacks, CardHandle, CardState } from '../../content/card/types';
import { columnOf, SIDE_KEY_PREFIX } from '../../content/card-host';
import { confluence } from '../../content/sites/confluence';
import { facebook } from '../../content/sites/facebook';
import type { SidePreferences } from '../../content/types';
import { type MessagesFile, t, useMessages } from '../../src/i18n/index';
import { harness, loadPage, run, useContentScriptTest } from './helpers';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

/** Sets the window's size as the card reads it (`innerWidth`/`innerHeight`; jsdom's `clientWidth` is 0). */
function viewport(width: number, height: number): void {
  Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: height, configurable: true });
}

/** `chooseRoom` with the real clearance search over `avoid` in a `width` × `height` window. */
function decide(width: number, height: number, avoid: Box[], extra: Partial<RoomRequest> = {}) {
  viewport(width, height);
  const req: RoomRequest = {
    viewportWidth: width,
    viewportHeight: height,
    openHeight: 400,
    pill: { width: 150, height: 38 },
    preferred: 'right',
    covered: (b) => overlapArea(b, avoid),
    ...extra,
  };
  return chooseRoom(req, (w, h, side: Side, mode) =>
    findClearance(document, w, h, side === 'left', () => false, mode === 'controls' ? [] : avoid),
  );
}

afterEach(() => {
  viewport(1024, 768);
});

describe('the placement decision', () => {
  it('opens beside a centred column at the reading end when the margin is wide enough, 340 px wide', () => {
    const room = decide(1366, 768, [box(300, 0, 900, 768)]);
    expect(room).toMatchObject({ side: 'right', open: true, width: 340, lift: 0, overlap: 0 });
  });

  it('takes a narrower width for a narrower margin, and the other side when the reading end has none', () => {
    // Right margin 1024 − 740 = 284: 260 px fits with the 16 px edge and a 4 px margin, 300 does not.
    expect(decide(1024, 768, [box(300, 0, 740, 768)])).toMatchObject({ side: 'right', open: true, width: 260 });
    // Text up to the right edge, a 300 px left margin.
    expect(decide(1024, 768, [box(300, 0, 1024, 768)])).toMatchObject({ side: 'left', open: true, width: 260 });
  });

  it('goes up into a gap above the compose box when the column is free higher up', () => {
    // Text fills the right column from y 500 down; above it 500 − 16 px of free height.
    const room = decide(1024, 768, [box(0, 500, 1024, 768)]);
    expect(room.open).toBe(true);
    expect(room.lift).toBeGreaterThanOrEqual(768 - 16 - 500);
    expect(room.maxHeight).toBeNull();
  });

  it('takes a narrower width at its whole height before a wider one squeezed into a short gap below the posts', () => {
    // Posts down to y 450 reach 10 px into where a 340 px card would stand; a 300 px card fits beside them.
    const room = decide(1280, 800, [box(345, 0, 935, 450)], { openHeight: 500 });
    expect(room).toMatchObject({ side: 'right', open: true, width: 300, maxHeight: null });
  });

  it('opens into a shorter gap with its height limited, but not below the least height', () => {
    const short = decide(1024, 768, [box(0, 0, 1024, 400), box(0, 700, 1024, 768)], { openHeight: 600 });
    expect(short.open).toBe(true);
    expect(short.maxHeight).toBeGreaterThanOrEqual(OPEN_MIN_HEIGHT);
    expect(short.maxHeight).toBeLessThan(600);
    const tooShort = decide(1024, 768, [box(0, 0, 1024, 600), box(0, 700, 1024, 768)], { openHeight: 600 });
    expect(tooShort.open).toBe(false);
  });

  it(`is only the pill below ${NARROW_PX} px of window width, even with room`, () => {
    expect(decide(NARROW_PX - 1, 800, [])).toMatchObject({ open: false, width: 150, overlap: 0 });
    expect(decide(NARROW_PX, 800, [])).toMatchObject({ open: true });
  });

  it('without room to open, the pill goes where it covers nothing', () => {
    // Text everywhere but a strip at the bottom left, where a pill fits and an opened card does not.
    const room = decide(1024, 768, [box(0, 0, 1024, 700), box(200, 700, 1024, 768)]);
    expect(room).toMatchObject({ side: 'left', open: false, overlap: 0 });
  });

  it('with nothing clear, the pill covers the least it can', () => {
    // Both columns covered to the bottom; the right one only by a thin line across the pill's row.
    const room = decide(1024, 768, [box(0, 0, 500, 768), box(500, 0, 1024, 700), box(500, 730, 1024, 734)]);
    expect(room.open).toBe(false);
    expect(room.side).toBe('right');
    expect(room.overlap).toBe(150 * 4);
  });

  it('a side the user chose: opened there or not at all; its pill stays there', () => {
    // Only the right margin has room to open.
    const avoid = [box(0, 0, 700, 768)];
    expect(decide(1366, 768, avoid, { preferred: 'left' })).toMatchObject({ side: 'right', open: true });
    const chosen = decide(1366, 768, avoid, { preferred: 'left', chosen: true });
    expect(chosen.open).toBe(false);
    expect(chosen.side).toBe('right'); // The left column has no gap even for the pill: the clear side.
    expect(decide(1366, 768, [box(0, 0, 1366, 700)], { preferred: 'left', chosen: true })).toMatchObject({ side: 'left', open: false });
  });

  it('the clearance sees a box thinner than its row step between two rows', () => {
    viewport(1024, 768);
    // A 3 px line 2 px above the card's first row band's end: a point probe every 8 px would step over it.
    const line = box(800, 740, 1000, 743);
    const c = findClearance(document, 200, 100, false, () => false, [line]);
    expect(c.fits).toBe(true);
    expect(768 - 16 - c.lift).toBeLessThanOrEqual(740);
    expect(ROW_PX).toBeGreaterThan(3);
    expect(overlapArea(box(0, 0, 10, 10), [box(5, 5, 20, 20), box(50, 50, 60, 60)])).toBe(25);
  });
});

describe('the main column', () => {
  const rects = new Map<Element, Box>();
  beforeEach(() => {
    viewport(1024, 768);
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const b = rects.get(this) ?? box(0, 0, 0, 0);
      return { ...b, x: b.left, y: b.top, width: b.right - b.left, height: b.bottom - b.top, toJSON: () => b } as DOMRect;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rects.clear();
  });

  it('a point in nested units belongs to the innermost one; units in what the site excludes are not the column', () => {
    document.body.innerHTML = `
      <nav><p id="nav">Menu <b id="navword">item</b></p></nav>
      <div class="block" id="outer"><div class="block" id="inner">Text <i id="word">here</i></div></div>
      <div id="plain">No unit</div>`;
    const sel = { text: '.block, p', exclude: 'nav' };
    const byId = (id: string) => document.getElementById(id) as Element;
    expect(textElementOf(byId('word'), sel)).toBe(byId('inner'));
    expect(textElementOf(byId('outer'), sel)).toBe(byId('outer'));
    expect(textElementOf(byId('navword'), sel)).toBeNull();
    expect(textElementOf(byId('plain'), sel)).toBeNull();
    // A selector the engine does not know matches nothing rather than throwing.
    expect(textElementOf(byId('word'), { text: ':unknown-pseudo(' })).toBeNull();
  });

  it("a feed's post box comes first for the opened card, its text unit alone for the pill", () => {
    document.body.innerHTML = `<div role="feed"><div aria-posinset="1" id="post"><h3 id="name">Ada Muster</h3>
      <div data-ad-rendering-role="story_message" id="msg"><span id="word">Kritik</span></div></div></div>`;
    const byId = (id: string) => document.getElementById(id) as Element;
    const sel = columnOf(facebook);
    expect(sel.posts).toBeTruthy();
    expect(textElementOf(byId('word'), sel)).toBe(byId('msg'));
    expect(textElementOf(byId('word'), sel, true)).toBe(byId('post'));
    expect(textElementOf(byId('name'), sel)).toBeNull();
    expect(textElementOf(byId('name'), sel, true)).toBe(byId('post'));
    // A site without post boxes (a document) keeps its text units either way.
    expect(columnOf(confluence).posts).toBeUndefined();
  });

  it('measures the compose boxes in the window and the send button of their own row, not a button far away', () => {
    document.body.innerHTML = `
      <div id="row"><div contenteditable="true" id="editor"></div><div><button id="send">Post</button></div></div>
      <div contenteditable="true" id="below"></div>
      <button id="far">Far away</button>`;
    const at = (id: string, b: Box) => rects.set(document.getElementById(id) as Element, b);
    at('editor', box(300, 200, 700, 260));
    at('send', box(640, 270, 700, 300));
    at('below', box(300, 900, 700, 960));
    at('far', box(900, 700, 1000, 740));
    expect(composeBoxes(document, { text: 'p', compose: '[contenteditable="true"]' })).toEqual([
      box(300, 200, 700, 260),
      box(640, 270, 700, 300),
    ]);
    expect(composeBoxes(document, { text: 'p' })).toEqual([]);
  });

  it("a document site's column is its text inside its roots, not a list in the page's sidebar", () => {
    document.body.innerHTML = `<ul><li id="side">Space pages</li></ul><div class="ak-renderer-document"><p id="para">Text</p></div>`;
    const column = columnOf(confluence);
    expect(document.getElementById('para')?.matches(column.text)).toBe(true);
    expect(document.getElementById('side')?.matches(column.text)).toBe(false);
    expect(column.compose).toBe(confluence.selectors.compose);
  });
});

describe('the card: side button and a pill without room', () => {
  let controller: AbortController;
  let card: CardHandle;
  let onSide: ReturnType<typeof vi.fn<(side: Side) => void>>;
  const arg = (id: string): CardArgument => ({ id, title: id, claim: id, matched: [], objections: [], copy: { plain: id, html: id } });
  const state = (extra: Partial<CardState> = {}): CardState => ({
    arguments: [arg('criticism')],
    status: 'ok',
    lang: 'en',
    composing: false,
    ...extra,
  });
  const q = (sel: string) => card.host.shadowRoot?.querySelector(sel) as HTMLElement;

  beforeEach(() => {
    CARD_SECURITY.trustedEventsOnly = false;
    useMessages(en as MessagesFile);
    viewport(1024, 768);
    document.body.innerHTML = '';
    controller = new AbortController();
    onSide = vi.fn<(side: Side) => void>();
    const callbacks: CardCallbacks = { onCopied: vi.fn(), onDismiss: vi.fn(), onSide };
    card = mountCard(callbacks, controller.signal, document);
  });
  afterEach(() => controller.abort());

  it('moves to the other side and tells the page logic, by a button that names the side', () => {
    card.update(state());
    q('[data-action="toggle"]').click();
    expect(card.host.getAttribute('data-side')).toBeNull();
    const button = q('[data-action="side"]');
    expect(button.localName).toBe('button');
    expect(button.textContent).toBe(t('cardSideLeft'));
    button.click();
    expect(onSide).toHaveBeenCalledWith('left');
    expect(card.host.getAttribute('data-side')).toBe('left');
    expect(button.textContent).toBe(t('cardSideRight'));
    button.click();
    expect(onSide).toHaveBeenLastCalledWith('right');
    expect(card.host.getAttribute('data-side')).toBeNull();
  });

  it('a keyboard user in the panel when it loses its room keeps the focus in the card, on the pill', () => {
    card.update(state());
    q('[data-action="toggle"]').click();
    q('[data-action="copy"]').focus();
    expect(card.host.shadowRoot?.activeElement).toBe(q('[data-action="copy"]'));
    viewport(400, 800);
    card.update(state({ arguments: [arg('criticism'), arg('faces')] }));
    expect(card.host.getAttribute('data-room')).toBe('pill');
    expect(card.host.shadowRoot?.activeElement).toBe(q('[data-action="toggle"]'));
  });

  it('takes the stored side from its state', () => {
    card.update(state({ side: 'left' }));
    expect(card.host.getAttribute('data-side')).toBe('left');
  });

  it(`below ${NARROW_PX} px asked to open it stays the pill: not expanded, its title says why`, () => {
    viewport(400, 800);
    card.update(state());
    q('[data-action="toggle"]').click();
    expect(card.host.getAttribute('data-room')).toBe('pill');
    expect(q('[data-action="toggle"]').getAttribute('aria-expanded')).toBe('false');
    expect(q('[data-action="toggle"]').title).toBe(t('cardNoRoom'));
    // A second tap asks again rather than closing what the user never saw open.
    q('[data-action="toggle"]').click();
    expect(q('.panel').hidden).toBe(false);
    // Wide again: it opens.
    viewport(1024, 768);
    card.update(state({ arguments: [arg('criticism'), arg('faces')] }));
    expect(card.host.getAttribute('data-room')).toBe('open');
    expect(q('[data-action="toggle"]').getAttribute('aria-expanded')).toBe('true');
    expect(q('[data-action="toggle"]').hasAttribute('title')).toBe(false);
  });

  it('a tap on a pill without room says so in its status line, which a touch screen shows and a screen reader reads', () => {
    viewport(400, 800);
    card.update(state());
    expect(q('.status').textContent).toBe('');
    q('[data-action="toggle"]').click();
    expect(card.host.getAttribute('data-room')).toBe('pill');
    expect(q('.status').textContent).toBe(t('cardNoRoom'));
    expect(q('.status').getAttribute('role')).toBe('status');
  });

  it('where the side panel opens from the card, a tap on a pill without room opens it, inside the click', () => {
    controller.abort();
    controller = new AbortController();
    const onPanel = vi.fn();
    card = mountCard({ onCopied: vi.fn(), onDismiss: vi.fn(), onSide, onPanel }, controller.signal, document);
    viewport(400, 800);
    card.update(state({ panel: 'button' }));
    q('[data-action="toggle"]').click();
    expect(onPanel).toHaveBeenCalledTimes(1);
    expect(q('.status').textContent).toBe(t('cardNoRoomPanel'));
    // With room the card opens itself; closing and opening it again leaves the side panel alone.
    viewport(1024, 768);
    card.update(state({ panel: 'button', arguments: [arg('criticism'), arg('faces')] }));
    expect(card.host.getAttribute('data-room')).toBe('open');
    q('[data-action="toggle"]').click();
    q('[data-action="toggle"]').click();
    expect(card.host.getAttribute('data-room')).toBe('open');
    expect(onPanel).toHaveBeenCalledTimes(1);
  });
});

describe('the side remembered per site', () => {
  const content = useContentScriptTest();

  /** An in-memory `storage.local` for the side, as `content/env.ts` gives it. */
  function sides(stored: Record<string, 'left' | 'right'> = {}): SidePreferences & { stored: typeof stored } {
    return {
      stored,
      get: async (key) => stored[key] ?? null,
      set: async (key, side) => {
        stored[key] = side;
      },
    };
  }

  it('stores the side under the site’s host and gives it to the card on the next page of that site only', async () => {
    const store = sides();
    const dom = loadPage('x/timeline.html', 'https://x.com/home');
    const h = harness(dom.window as unknown as Window, { sides: store });
    content.start(h.env);
    await run();
    const card = h.cards[0]!;
    expect(card.last?.side).toBeUndefined();
    expect(card.last?.column?.text).toContain('tweetText');
    card.callbacks.onSide?.('left');
    await run();
    expect(store.stored).toEqual({ [`${SIDE_KEY_PREFIX}x.com`]: 'left' });

    const again = loadPage('x/timeline.html', 'https://x.com/home');
    const h2 = harness(again.window as unknown as Window, { sides: store });
    content.start(h2.env);
    await run();
    expect(h2.cards[0]?.last?.side).toBe('left');

    const other = loadPage('facebook/feed.html', 'https://www.facebook.com/');
    const h3 = harness(other.window as unknown as Window, { sides: store });
    content.start(h3.env);
    await run();
    expect(h3.cards[0]?.last).toBeDefined();
    expect(h3.cards[0]?.last?.side).toBeUndefined();
  });
});
