// @vitest-environment jsdom
/**
 * A post that is one text node of more than a million characters: reading cuts inside the text node, no request
 * to the background exceeds what it accepts, and the on-topic opening is ranked into the card (the cut unit goes out in
 * post-sized runs of sentences).
 */
import { describe, expect, it } from 'vitest';
import en from '../../_locales/en/messages.json';
import { type ContentController, RANK_REQUEST_CHARS, withinRequestLimit } from '../../content/index';
import { RUN_CHARS, sentenceRuns } from '../../content/reader';
import { cutText, readText } from '../../content/text';
import { RANK_LIMITS } from '../../src/background/rank-answer';
import { type MessagesFile, useMessages } from '../../src/i18n/index';
import { harness, loadPage, run, shownIds, useContentScriptTest } from './helpers';

let ctl: ContentController | null = null;
const content = useContentScriptTest({
  before: () => {
    useMessages(en as MessagesFile);
  },
});

describe('a single huge text node', () => {
  it('cutText keeps the start, never half a surrogate pair, and ends at a space when one is near', () => {
    expect(cutText('short', 10)).toBe('short');
    expect(cutText('abc', 0)).toBe('');
    expect(cutText('ab😀cd', 3)).toBe('ab');
    expect(cutText('one two three', 9)).toBe('one two');
    expect(cutText('x'.repeat(500), 300)).toHaveLength(300);
  });

  it('readText cuts inside a text node at its limit', () => {
    const div = document.createElement('div');
    div.append('On topic first. ', 'a '.repeat(600_000));
    const text = readText(div, 20_000);
    expect(text.length).toBeLessThanOrEqual(20_000);
    expect(text.startsWith('On topic first.')).toBe(true);
  });

  it('a request never exceeds the background limit, whatever the texts', () => {
    expect(RANK_REQUEST_CHARS).toBe(RANK_LIMITS.totalChars);
    const texts = withinRequestLimit([
      { key: 'page', text: 'a'.repeat(700_000) },
      { key: 'compose', text: 'b'.repeat(700_000) },
      { key: 'selection', text: 'c' },
    ]);
    const total = texts.reduce((n, t) => n + ('text' in t ? t.text.length : 0), 0);
    expect(total).toBeLessThanOrEqual(RANK_LIMITS.totalChars);
    expect(texts[0]).toEqual({ key: 'page', text: 'a'.repeat(700_000) });
  });

  it('sentenceRuns: whole sentences joined up to a post-sized run; a longer sentence alone; nothing lost', () => {
    const short = 'We answer criticism in public.';
    const wall = `log ${'x'.repeat(RUN_CHARS)}.`;
    const text = `${short} ${short} ${wall} ${short}`;
    expect(sentenceRuns(text)).toEqual([`${short} ${short}`, wall, short]);
    const many = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} of a long pasted text.`).join(' ');
    const runs = sentenceRuns(many);
    expect(runs.join(' ')).toBe(many);
    expect(runs.length).toBeGreaterThan(1);
    for (const r of runs.slice(0, -1)) expect(r.length).toBeGreaterThanOrEqual(RUN_CHARS);
    for (const r of runs) expect(r.length).toBeLessThan(RUN_CHARS + 50);
  });

  it('the on-topic opening of a 1.2 MB post is ranked, and every request is accepted', async () => {
    const dom = loadPage('hostile/huge-post.html', 'https://x.com/home', { app: 'huge-post.js' });
    const h = harness(dom.window as unknown as Window);
    ctl = content.start(h.env);
    await run(2000);
    expect(h.sent.length).toBe(2);
    for (const r of h.sent) {
      const total = r.texts.reduce((n, t) => n + ('text' in t ? t.text.length : 0), 0);
      expect(total).toBeLessThanOrEqual(RANK_LIMITS.totalChars);
    }
    expect(h.pageTexts().some((t) => t.startsWith('Our board fears a shitstorm'))).toBe(true);
    expect(shownIds(h)).toContain('criticism');
    ctl?.stop();
    ctl = null;
    dom.window.close();
  });
});
