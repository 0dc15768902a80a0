// @vitest-environment jsdom
/**
 * The reader's lazy scan (the bench's 5 MB page): it yields exactly the units `read()` would accept, in document
 * order, can stop and resume between units, notices when the page removed the unit it stopped at, and a document's
 * page text goes to the background once (the page key is the join of its sections).
 */
import { describe, expect, it } from 'vitest';
import { PAGE_KEY, PageReader } from '../../content/reader';
import { siteFor } from '../../content/sites/index';
import { loadPage, resolveRequest } from './helpers';

const PAGES: [string, string, { app?: boolean }?][] = [
  ['x/timeline.html', 'https://x.com/home'],
  ['facebook/feed.html', 'https://www.facebook.com/'],
  ['linkedin/feed.html', 'https://www.linkedin.com/feed/'],
  ['confluence/page.html', 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie'],
  ['confluence/edit.html', 'https://wiki.example.com/pages/editpage.action?pageId=42', { app: true }],
  ['sharepoint/page.html', 'https://contoso.sharepoint.com/sites/Communications/SitePages/Social-Media.aspx'],
  ['notion/page.html', 'https://www.notion.so/Kommunikationsstrategie-0123456789abcdef'],
  ['intranet/page.html', 'https://intranet.example.com/news/social-media'],
  ['hostile/markup.html', 'https://hostile.example.com/markup.html'],
];

function readerFor(path: string, url: string, options?: { app?: boolean }): { reader: PageReader; doc: Document } {
  const doc = loadPage(path, url, options).window.document;
  return { reader: new PageReader(doc, siteFor(url, doc)), doc };
}

describe('PageReader.scan', () => {
  for (const [path, url, options] of PAGES) {
    it(`${path}: yields the units read() accepts from a querySelectorAll of all candidates, in the same order`, () => {
      const lazy = readerFor(path, url, options);
      const scanned = [...lazy.reader.scan()];
      for (const u of scanned) lazy.reader.read(u, true);
      const eager = readerFor(path, url, options);
      const sel = eager.reader.site.selectors.units;
      const roots = eager.reader.roots();
      const accepted = roots
        .flatMap((r) => [...(r.matches(sel) ? [r] : []), ...r.querySelectorAll(sel)])
        .filter((u) => eager.reader.read(u) > 0);
      expect(lazy.reader.takeBatch()).toEqual(eager.reader.takeBatch());
      expect(scanned.length).toBeGreaterThanOrEqual(accepted.length);
    });
  }

  it('stops when the page removed the unit it stopped at; the next scan reads the rest, nothing twice', () => {
    const { reader, doc } = readerFor('intranet/page.html', 'https://intranet.example.com/news/social-media');
    const walk = reader.scan();
    const first = walk.next().value as Element;
    reader.read(first, true);
    first.remove();
    expect(walk.next().done).toBe(true);
    expect(reader.interrupted).toBe(true);
    let rest = 0;
    for (const u of reader.scan()) rest += reader.read(u, true) > 0 ? 1 : 0;
    expect(reader.interrupted).toBe(false);
    const all = readerFor('intranet/page.html', 'https://intranet.example.com/news/social-media').reader;
    let total = 0;
    for (const u of all.scan()) total += all.read(u, true) > 0 ? 1 : 0;
    expect(rest).toBe(total - 1);
    expect(doc.contains(first)).toBe(false);
  });

  it('a unit that cannot be read is skipped for good; the rest of the page is read', () => {
    const { reader, doc } = readerFor('intranet/page.html', 'https://intranet.example.com/news/social-media');
    const units = [...reader.scan()];
    expect(units.length).toBeGreaterThan(2);
    Object.defineProperty(units[0]!, 'firstChild', {
      get() {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...a: unknown[]) => void warned.push(a);
    try {
      let read = 0;
      for (const u of units) read += reader.read(u, true) > 0 ? 1 : 0;
      expect(reader.failures).toBe(1);
      expect(read).toBe(units.length - 1);
      expect(warned).toHaveLength(1);
      // Not tried again: it is marked read.
      expect(reader.read(units[0]!, true)).toBe(0);
      expect(reader.failures).toBe(1);
      expect(doc.contains(units[0]!)).toBe(true);
    } finally {
      console.warn = warn;
    }
  });

  it("sends a document's text once: the page key joins the sections' keys", () => {
    const { reader } = readerFor('intranet/page.html', 'https://intranet.example.com/news/social-media');
    for (const u of reader.scan()) reader.read(u, true);
    const read = reader.chars;
    const batch = reader.takeBatch();
    const page = batch.find((t) => t.key === PAGE_KEY);
    expect(page && 'join' in page ? page.join : null).toEqual(batch.filter((t) => t.key !== PAGE_KEY).map((t) => t.key));
    const sentChars = batch.reduce((n, t) => n + ('text' in t ? t.text.length : 0), 0);
    // Each unit's text once, plus one separator between units of a section.
    expect(sentChars).toBeLessThan(read * 1.1);
    const resolved = resolveRequest({ type: 'rank', texts: batch, url: 'https://intranet.example.com/' });
    expect(resolved.texts.find((t) => t.key === PAGE_KEY)!.text.length).toBeGreaterThanOrEqual(read);
  });
});
