// @vitest-environment jsdom
/**
 * `src/platform/tabs.ts`: the popup's page states from a faked `browser` (webextension-polyfill):
 * content-script report, on-demand reading through `scripting.executeScript`, restricted pages,
 * refused access, and the time limit.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Fn = ReturnType<typeof vi.fn>;
const fake = vi.hoisted(() => ({
  browser: {} as {
    tabs: { query: Fn; sendMessage: Fn; get: Fn; create: Fn };
    scripting: { executeScript: Fn };
    runtime: { id: string; sendMessage: Fn; getURL: (p: string) => string };
  },
}));

vi.mock('../../src/platform/browser', () => ({ browser: fake.browser }));

const { MAX_PAGE_TEXT, REPORT_TIMEOUT_MS, isPageReport, requestPageReport, reportCopied, searchInBackground, selectionReport } =
  await import('../../src/platform/tabs');

const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

function setTab(url: string | undefined, id = 7): void {
  fake.browser.tabs.query.mockResolvedValue([{ id, url, title: 'Tab title' }]);
  fake.browser.tabs.get.mockResolvedValue({ id, url });
}

const rank = vi.fn(async (text: string) => ({
  ranked: text.includes('criticism') ? [{ id: 'criticism', score: 2, matched: ['criticism'] }] : [],
  snippets: {},
}));

beforeEach(() => {
  Object.assign(fake.browser, {
    tabs: { query: vi.fn(), sendMessage: vi.fn(), get: vi.fn(), create: vi.fn() },
    scripting: { executeScript: vi.fn() },
    runtime: { id: 'ext', sendMessage: vi.fn(async () => ({ ok: true })), getURL: (p: string) => `chrome-extension://ext/${p}` },
  });
  rank.mockClear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('selectionReport (a context-menu selection kept for the popup)', () => {
  it('is null when nothing is pending, and ranks nothing then', async () => {
    expect(await selectionReport(rank, async () => undefined)).toBeNull();
    expect(rank).not.toHaveBeenCalled();
  });

  it('ranks the pending selection and reports it as the selection, with its text for highlighting', async () => {
    const pending = { text: 'They fear public criticism.', url: 'chrome://settings/', at: new Date().toISOString() };
    const result = await selectionReport(rank, async () => pending);
    expect(rank).toHaveBeenCalledWith(pending.text);
    expect(result).toMatchObject({ kind: 'report', text: pending.text, url: pending.url });
    if (result?.kind !== 'report') throw new Error('no report');
    expect(result.report).toMatchObject({ site: 'selection', status: 'ok', chars: pending.text.length });
    expect(result.report.ranked.map((r) => r.id)).toEqual(['criticism']);
  });

  it('says why when the background cannot rank it', async () => {
    const failing = vi.fn(async () => {
      throw new Error('rank-page: worker gone');
    });
    const result = await selectionReport(failing, async () => ({ text: 'x', at: new Date().toISOString() }));
    expect(result).toEqual({ kind: 'error', message: 'rank-page: worker gone', url: undefined });
  });
});

describe('requestPageReport', () => {
  it('returns the content script report as is', async () => {
    setTab('https://x.com/home');
    const report = { url: 'https://x.com/home', site: 'x', status: 'ok', chars: 40, ranked: [{ id: 'faces', score: 1, matched: ['CEO'] }] };
    fake.browser.tabs.sendMessage.mockResolvedValue(report);
    const result = await requestPageReport({ rank });
    expect(result).toEqual({ kind: 'report', report, url: 'https://x.com/home' });
    expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'page-report' }, { frameId: 0 });
    expect(fake.browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('reads the page on demand when no content script runs, and has it ranked', async () => {
    setTab('https://blog.example.com/post');
    fake.browser.tabs.sendMessage.mockRejectedValue(NO_RECEIVER);
    fake.browser.scripting.executeScript.mockResolvedValue([{ result: { text: 'We fear public criticism.', title: 'Post' } }]);
    const result = await requestPageReport({ rank });
    expect(result.kind).toBe('report');
    if (result.kind !== 'report') return;
    expect(result.text).toBe('We fear public criticism.');
    expect(result.report.ranked.map((r) => r.id)).toEqual(['criticism']);
    expect(result.report).toMatchObject({ site: 'generic', status: 'ok', chars: 25, title: 'Post', url: 'https://blog.example.com/post' });
    expect(rank).toHaveBeenCalledWith('We fear public criticism.');
    const call = fake.browser.scripting.executeScript.mock.calls[0]?.[0];
    expect(call.target).toEqual({ tabId: 7 });
    expect(call.args).toEqual([MAX_PAGE_TEXT]);
  });

  it('the injected reader returns the rendered text, cut to the limit, and the title', async () => {
    setTab('https://blog.example.com/post');
    fake.browser.tabs.sendMessage.mockRejectedValue(NO_RECEIVER);
    fake.browser.scripting.executeScript.mockResolvedValue([{ result: { text: '', title: '' } }]);
    await requestPageReport({ rank });
    const [[{ func }]] = fake.browser.scripting.executeScript.mock.calls as [[{ func: (max: number) => { text: string; title: string } }]];
    document.title = 'Doc';
    Object.defineProperty(document.body, 'innerText', { value: 'abcdefghij', configurable: true });
    expect(func(4)).toEqual({ text: 'abcd', title: 'Doc' });
    expect(func(100)).toEqual({ text: 'abcdefghij', title: 'Doc' });
  });

  it('by default the background ranks the text read on demand (rank-page), with its snippets', async () => {
    setTab('https://blog.example.com/post');
    fake.browser.tabs.sendMessage.mockRejectedValue(NO_RECEIVER);
    fake.browser.scripting.executeScript.mockResolvedValue([{ result: { text: 'We fear public criticism.', title: 'Post' } }]);
    const snippet = { text: 'We fear public criticism.', ranges: [{ start: 15, end: 24 }], cutStart: false, cutEnd: false };
    fake.browser.runtime.sendMessage.mockResolvedValue({
      ok: true,
      ranked: [{ id: 'criticism', score: 2, matched: ['criticism'] }],
      snippets: { criticism: snippet },
    });
    const result = await requestPageReport();
    expect(fake.browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'rank-page', text: 'We fear public criticism.' });
    expect(result.kind === 'report' && result.report.ranked.map((r) => r.id)).toEqual(['criticism']);
    expect(result.kind === 'report' && result.snippets).toEqual({ criticism: snippet });
  });

  it.each([
    ['refuses', async () => ({ ok: false, error: 'rank-page: text must be a string' }), 'rank-page: text must be a string'],
    ['throws', async () => Promise.reject(new Error('boom')), 'boom'],
  ])('a background that %s makes an error state with its message', async (_, answer, message) => {
    setTab('https://blog.example.com/post');
    fake.browser.tabs.sendMessage.mockRejectedValue(NO_RECEIVER);
    fake.browser.scripting.executeScript.mockResolvedValue([{ result: { text: 'Some text.', title: '' } }]);
    fake.browser.runtime.sendMessage.mockImplementation(answer);
    expect(await requestPageReport()).toEqual({ kind: 'error', message, url: 'https://blog.example.com/post' });
  });

  it('reports an empty page without ranking', async () => {
    setTab('https://blog.example.com/');
    fake.browser.tabs.sendMessage.mockRejectedValue(NO_RECEIVER);
    fake.browser.scripting.executeScript.mockResolvedValue([{ result: { text: '   ', title: '' } }]);
    const result = await requestPageReport({ rank });
    expect(result.kind === 'report' && result.report.status).toBe('empty');
    expect(rank).not.toHaveBeenCalled();
  });

  it('falls back to reading when the answer is not a page report', async () => {
    setTab('https://x.com/');
    fake.browser.tabs.sendMessage.mockResolvedValue({ ok: true });
    fake.browser.scripting.executeScript.mockResolvedValue([{ result: { text: 'criticism', title: '' } }]);
    const result = await requestPageReport({ rank });
    expect(result.kind === 'report' && result.text).toBe('criticism');
  });

  it.each([
    'chrome://extensions/',
    'about:addons',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/de/firefox/',
    'file:///home/a.html',
    'view-source:https://x.com/',
  ])('%s is restricted and not even asked', async (url) => {
    setTab(url);
    const result = await requestPageReport({ rank });
    expect(result).toEqual({ kind: 'restricted', url });
    expect(fake.browser.tabs.sendMessage).not.toHaveBeenCalled();
    expect(fake.browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it.each([
    'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    'Missing host permission for the tab',
  ])('no access when scripting is refused: %s', async (message) => {
    setTab(undefined);
    fake.browser.tabs.sendMessage.mockRejectedValue(NO_RECEIVER);
    fake.browser.scripting.executeScript.mockRejectedValue(new Error(message));
    expect(await requestPageReport({ rank })).toEqual({ kind: 'no-access', url: undefined });
  });

  it('other scripting errors are errors with the message', async () => {
    setTab('https://example.com/');
    fake.browser.tabs.sendMessage.mockRejectedValue(NO_RECEIVER);
    fake.browser.scripting.executeScript.mockRejectedValue(new Error('Frame was removed'));
    expect(await requestPageReport({ rank })).toEqual({ kind: 'error', message: 'Frame was removed', url: 'https://example.com/' });
  });

  it('no active tab means no access', async () => {
    fake.browser.tabs.query.mockResolvedValue([]);
    expect(await requestPageReport({ rank })).toEqual({ kind: 'no-access' });
  });

  it('never hangs: gives up after the time limit', async () => {
    vi.useFakeTimers();
    setTab('https://x.com/');
    fake.browser.tabs.sendMessage.mockReturnValue(new Promise(() => {}));
    const pending = requestPageReport({ rank });
    await vi.advanceTimersByTimeAsync(REPORT_TIMEOUT_MS - 1);
    let settled = false;
    void pending.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ kind: 'error', message: 'timeout', url: 'https://x.com/' });
  });
});

describe('isPageReport', () => {
  it('accepts a report and rejects look-alikes', () => {
    expect(isPageReport({ url: '', site: 'x', status: 'ok', chars: 0, ranked: [] })).toBe(true);
    expect(isPageReport({ url: '', site: 'x', status: 'weird', chars: 0, ranked: [] })).toBe(false);
    expect(isPageReport({ url: '', site: 'x', status: 'ok', chars: 0, ranked: [{ id: 1 }] })).toBe(false);
    expect(isPageReport(null)).toBe(false);
  });
});

describe('searchInBackground', () => {
  it('sends the typed search message and returns the ids in the order of the answer', async () => {
    const ids = [
      { id: 'criticism', score: 5 },
      { id: 'insights', score: 1 },
    ];
    fake.browser.runtime.sendMessage.mockResolvedValue({ ok: true, ids });
    expect(await searchInBackground('Kritik', 'de')).toEqual(ids);
    expect(fake.browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'search', query: 'Kritik', lang: 'de' });
  });

  it('rejects with the message of a refused request or a failed send', async () => {
    fake.browser.runtime.sendMessage.mockResolvedValue({ ok: false, error: 'search: query must be a string' });
    await expect(searchInBackground('x', 'en')).rejects.toThrow('search: query must be a string');
    fake.browser.runtime.sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(searchInBackground('x', 'en')).rejects.toThrow('Extension context invalidated.');
  });
});

describe('reportCopied', () => {
  it('sends the typed message and swallows a missing receiver', async () => {
    fake.browser.runtime.sendMessage.mockRejectedValue(NO_RECEIVER);
    await expect(reportCopied('faces', 'social')).resolves.toBeUndefined();
    expect(fake.browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'copied', argumentId: 'faces', siteKind: 'social' });
  });
});
