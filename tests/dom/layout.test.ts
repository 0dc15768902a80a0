// @vitest-environment jsdom
/**
 * "Layout not recognised" (`content/layout.ts`): a page of a known site that shows content but yields no unit for a
 * while is reported to the popup as such, in plain words, instead of an empty list; never in the card, never in a
 * message of its own. Pages without posts, private pages, empty documents and the generic reader are not.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ContentController, start } from '../../content/index';
import { LAYOUT_GRACE_MS, pageStatus } from '../../content/layout';
import { PageReader } from '../../content/reader';
import { siteFor } from '../../content/sites/index';
import type { SiteModule } from '../../content/sites/types';
import { harness, loadPage, run } from './helpers';

/** The status `pageStatus` gives `path` at `url` after reading it through, `elapsed` ms after the page started. */
function statusOf(path: string, url: string, opts: { site?: SiteModule; elapsed?: number; mutate?: (d: Document) => void } = {}) {
  const doc = loadPage(path, url).window.document;
  opts.mutate?.(doc);
  const site = opts.site ?? siteFor(url, doc);
  const reader = new PageReader(doc, site);
  for (const unit of reader.scan()) reader.read(unit, true);
  return pageStatus({
    site,
    reader,
    doc,
    url,
    siteStatus: site.status?.(doc) ?? 'ok',
    composing: false,
    elapsed: opts.elapsed ?? LAYOUT_GRACE_MS,
  });
}

/** The LinkedIn module as it was before the 2026 feed: only the old class names. */
function oldLinkedIn(): SiteModule {
  const doc = loadPage('linkedin/feed.html', 'https://www.linkedin.com/feed/').window.document;
  const current = siteFor('https://www.linkedin.com/feed/', doc);
  return {
    ...current,
    selectors: { ...current.selectors, units: '.update-components-text, .feed-shared-text, .feed-shared-update-v2__description' },
  };
}

describe('pageStatus', () => {
  it("today's LinkedIn feed read by yesterday's selectors: unrecognised, once the grace time is over", () => {
    const url = 'https://www.linkedin.com/feed/following/';
    expect(statusOf('linkedin/feed-2026.html', url, { site: oldLinkedIn() })).toBe('unrecognised');
    expect(statusOf('linkedin/feed-2026.html', url, { site: oldLinkedIn(), elapsed: LAYOUT_GRACE_MS - 1 })).toBe('empty');
    // With today's module the same page is read.
    expect(statusOf('linkedin/feed-2026.html', url)).toBe('ok');
  });

  it('X and Facebook feeds whose post markup changed are unrecognised too', () => {
    const rename = (sel: string, attr: string) => (d: Document) => {
      for (const el of d.querySelectorAll(sel)) el.removeAttribute(attr);
    };
    expect(
      statusOf('x/timeline.html', 'https://x.com/home', {
        mutate: (d) => {
          rename('[data-testid="tweetText"]', 'data-testid')(d);
          rename('article [lang]', 'lang')(d);
        },
      }),
    ).toBe('unrecognised');
    expect(
      statusOf('facebook/feed.html', 'https://www.facebook.com/', {
        mutate: (d) => {
          for (const a of ['data-ad-rendering-role', 'data-ad-comet-preview', 'data-ad-preview']) rename(`[${a}]`, a)(d);
        },
      }),
    ).toBe('unrecognised');
  });

  it('not unrecognised: a page without posts, a private page, a blank page, an empty document, the generic reader', () => {
    expect(statusOf('linkedin/overlay.html', 'https://www.linkedin.com/jobs/')).toBe('empty');
    expect(statusOf('linkedin/messaging.html', 'https://www.linkedin.com/messaging/thread/2-example/')).toBe('private');
    expect(
      statusOf('linkedin/feed-2026.html', 'https://www.linkedin.com/feed/following/', {
        site: oldLinkedIn(),
        mutate: (d) => d.body.replaceChildren(),
      }),
    ).toBe('empty');
    // A Confluence page whose renderer is there but holds nothing: an empty page, not an unknown layout.
    const confluence = 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie';
    expect(
      statusOf('confluence/page.html', confluence, {
        mutate: (d) => {
          d.querySelector('.ak-renderer-document')!.replaceChildren();
          d.querySelector('[data-testid="title-text"]')!.replaceChildren();
        },
      }),
    ).toBe('empty');
    // Its renderer renamed: the page shows text, none of it found.
    expect(
      statusOf('confluence/page.html', confluence, {
        mutate: (d) => {
          d.querySelector('.ak-renderer-document')!.className = 'renderer-v3';
          d.querySelector('[data-testid="title-text"]')!.removeAttribute('data-testid');
        },
      }),
    ).toBe('unrecognised');
    // The generic reader reads any layout: nothing it could fail to recognise, even when it finds no block.
    const unwrap = (d: Document) => {
      for (const e of d.querySelectorAll('p, h1, h2, h3, h4, li, td, th, dd, dt, blockquote')) e.replaceWith(...e.childNodes);
    };
    const sport = 'https://sport.example.com/';
    const generic = siteFor(sport, loadPage('irrelevant/sport.html', sport).window.document);
    expect(statusOf('irrelevant/sport.html', sport, { mutate: unwrap })).toBe('empty');
    // The same page counts as unrecognised for a module that expects units anywhere: the exemption keeps it out.
    expect(
      statusOf('irrelevant/sport.html', sport, { mutate: unwrap, site: { ...generic, roots: undefined, expectsUnits: () => true } }),
    ).toBe('unrecognised');
    expect(statusOf('gdocs/document.html', 'https://docs.google.com/document/d/1AbCdEf/edit')).toBe('unreadable');
  });
});

describe('the content script reports it to the popup only', () => {
  let ctl: ContentController | null = null;
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    ctl?.stop();
    ctl = null;
    vi.useRealTimers();
  });

  it('a feed whose posts are all in markup the module does not know: the report says so after the grace time, the card and messages do not', async () => {
    const dom = loadPage('linkedin/feed-2026.html', 'https://www.linkedin.com/feed/following/');
    const doc = dom.window.document;
    // A LinkedIn of tomorrow: the test ids, component keys and list items of today are gone.
    for (const el of doc.querySelectorAll('[data-testid], [componentkey], [role="listitem"]')) {
      el.removeAttribute('data-testid');
      el.removeAttribute('componentkey');
      el.removeAttribute('role');
    }
    const h = harness(dom.window as unknown as Window);
    ctl = start(h.env);
    await run(500);
    expect(ctl!.report().status).toBe('empty');
    await run(LAYOUT_GRACE_MS);
    const report = ctl!.report();
    expect(report.status).toBe('unrecognised');
    expect(report.siteName).toBe('LinkedIn');
    expect(report.site).toBe('linkedin');
    // Nothing went anywhere because of it: no ranking was asked, no other message sent, no card mounted.
    expect(h.sent).toEqual([]);
    expect(h.runtime.sent).toEqual([]);
    expect(h.cards).toEqual([]);
  });
});
