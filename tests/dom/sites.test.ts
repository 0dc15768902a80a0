// @vitest-environment jsdom
/**
 * The site registry's convention (refined-github's habit): every registered site module has a fixture folder,
 * its fixture pages are claimed by it under their real URL, and each selector it declares matches those pages.
 * Then each site's reader on its fixture: the right text, and nothing from navigation, names or placeholders.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageReader } from '../../content/reader';
import { SITES, siteFor } from '../../content/sites/index';
import { BLOCKS, HEADINGS, type SiteModule, splitSelectors } from '../../content/sites/types';
import { FIXTURES, loadPage, rankBatch } from './helpers';

/**
 * Each fixture page and the real URL it stands for (the e2e server serves it there too). `site`: the module that
 * claims it, when not the folder's first module (`x/article.html` is an X Article); `private`: a page of private
 * messages as a whole (nothing read) or a page with a private area (a chat window) whose text must not be read.
 */
const PAGES: Record<
  string,
  { url: string; site?: string; app?: boolean; compose?: boolean; headings?: boolean; private?: 'page' | 'area' }
> = {
  'x/timeline.html': { url: 'https://x.com/home', compose: true },
  'x/article.html': { url: 'https://x.com/stadtwerk_demo/status/1900000000000000001', site: 'x-article', compose: true, headings: true },
  'x/messages.html': { url: 'https://x.com/messages/100-200', private: 'page' },
  'x/chat.html': { url: 'https://x.com/i/chat/100-200', private: 'page' },
  'x/drawer.html': { url: 'https://x.com/kiosk_demo', compose: true, private: 'area' },
  'facebook/feed.html': { url: 'https://www.facebook.com/', compose: true },
  'facebook/chat.html': { url: 'https://www.facebook.com/kiosk.demo', compose: true, private: 'area' },
  'facebook/messenger.html': { url: 'https://www.facebook.com/messages/t/100000000000001/', private: 'page' },
  'linkedin/feed.html': { url: 'https://www.linkedin.com/feed/', compose: true },
  'linkedin/feed-2026.html': { url: 'https://www.linkedin.com/feed/following/', compose: true },
  'linkedin/feed-2026-05.html': { url: 'https://www.linkedin.com/feed/recent/' },
  'linkedin/messaging.html': { url: 'https://www.linkedin.com/messaging/thread/2-example/', private: 'page' },
  'linkedin/overlay.html': { url: 'https://www.linkedin.com/jobs/', compose: true, private: 'area' },
  'linkedin/feed-2022.html': { url: 'https://www.linkedin.com/feed/' },
  'confluence/page.html': { url: 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie', headings: true },
  'confluence/edit.html': { url: 'https://wiki.example.com/pages/editpage.action?pageId=42', app: true, compose: true, headings: true },
  'confluence/edit-cloud.html': {
    url: 'https://example.atlassian.net/wiki/spaces/KOMM/pages/edit-v2/654321',
    compose: true,
    headings: true,
  },
  'confluence/page-server.html': { url: 'https://wiki.example.com/display/KOMM/Kanaele', headings: true },
  'sharepoint/page.html': { url: 'https://contoso.sharepoint.com/sites/Communications/SitePages/Social-Media.aspx', headings: true },
  'sharepoint/edit.html': {
    url: 'https://contoso.sharepoint.com/sites/Communications/SitePages/Staff-News.aspx?Mode=Edit',
    compose: true,
    headings: true,
  },
  'notion/page.html': { url: 'https://www.notion.so/Kommunikationsstrategie-0123456789abcdef', compose: true, headings: true },
  'notion/outline.html': { url: 'https://www.notion.so/Gliederung-00112233445566778899aabbccddeeff', headings: true },
  'gdocs/document.html': { url: 'https://docs.google.com/document/d/1AbCdEf/edit' },
  'gdocs/document-dom.html': { url: 'https://docs.google.com/document/d/2GhIjKl/edit' },
  'intranet/page.html': { url: 'https://intranet.example.com/news/social-media', compose: true, headings: true },
  'intranet/editor.html': { url: 'https://intranet.example.com/news/dienstwagen', compose: true, headings: true },
};

/** The module that claims `path`: its `site`, else the module named like its folder, else the one whose folder it is. */
function ownerOf(path: string): string {
  const folder = path.split('/')[0];
  return PAGES[path]!.site ?? (SITES.find((s) => s.id === folder) ?? SITES.find((s) => s.fixtures === folder))!.id;
}

/** Plain HTML element lists shared by the document modules (`BLOCKS`, `HEADINGS`): no site's markup to prove. */
const HTML_ROUTES = new Set(splitSelectors(`${BLOCKS}, ${HEADINGS}`));

/** The fixture pages of `site`'s folder (every page there proves its selectors, whichever module claims it). */
function folderPages(site: SiteModule): string[] {
  return Object.keys(PAGES).filter((p) => p.startsWith(`${site.fixtures ?? site.id}/`));
}

/** Every document of a fixture page: the page and its same-origin frames. */
function documentsOf(path: string): Document[] {
  const { url, app } = PAGES[path]!;
  const doc = loadPage(path, url, { app }).window.document;
  return [doc, ...new PageReader(doc, siteFor(url, doc)).frameDocuments()];
}

function read(path: string, module?: SiteModule): { site: SiteModule; texts: string[]; reader: PageReader; doc: Document } {
  const page = PAGES[path]!;
  const dom = loadPage(path, page.url, { app: page.app });
  const doc = dom.window.document;
  const site = module ?? siteFor(page.url, doc);
  const reader = new PageReader(doc, site);
  for (const unit of reader.scan()) reader.read(unit, true);
  return { site, texts: rankBatch(reader), reader, doc };
}

describe('site registry convention', () => {
  for (const site of SITES) {
    const folder = site.fixtures ?? site.id;
    describe(site.id, () => {
      const pages = Object.keys(PAGES).filter((p) => p.startsWith(`${folder}/`) && ownerOf(p) === site.id);
      it(`has a fixture folder tests/fixtures/${folder} with pages listed here`, () => {
        expect(existsSync(join(FIXTURES, folder))).toBe(true);
        const html = readdirSync(join(FIXTURES, folder)).filter((f) => f.endsWith('.html'));
        expect(html.length).toBeGreaterThan(0);
        expect(pages.length).toBeGreaterThan(0);
        // Every page of the folder is listed, so none escapes the checks below.
        for (const f of html) expect(Object.keys(PAGES)).toContain(`${folder}/${f}`);
      });
      for (const path of pages) {
        it(`claims ${path} and its selectors match it`, () => {
          const { url, app, compose, headings } = PAGES[path]!;
          const dom = loadPage(path, url, { app });
          const doc = dom.window.document;
          expect(siteFor(url, doc).id).toBe(site.id);
          const reader = new PageReader(doc, site);
          if (site.status?.(doc) === 'unreadable') {
            expect(site.title?.(doc)).toBeTruthy();
            return;
          }
          if (PAGES[path]!.private === 'page') {
            // A private page: recognised as one, and nothing on it is read.
            expect(reader.privatePage()).toBe(true);
            expect(reader.roots()).toEqual([]);
            expect([...reader.scan()]).toEqual([]);
            return;
          }
          expect(reader.privatePage()).toBe(false);
          expect(reader.roots().length).toBeGreaterThan(0);
          const units = [...reader.scan()];
          // A page whose only text is a private area (a chat window over the jobs page) has nothing to read.
          if (PAGES[path]!.private === 'area') expect(units.filter((u) => u.closest(site.private!.areas))).toEqual([]);
          else expect(units.length).toBeGreaterThan(0);
          const frames = reader.frameDocuments();
          const all = (sel: string) => [doc, ...frames].flatMap((d) => [...d.querySelectorAll(sel)]);
          if (compose) expect(all(site.selectors.compose!).length).toBeGreaterThan(0);
          if (headings) expect(all(site.selectors.headings!).length).toBeGreaterThan(0);
          if (site.selectors.roots) expect(all(site.selectors.roots).length).toBeGreaterThan(0);
          // A feed's every post text lies in a post box the opened card keeps off (content/card/column.ts).
          const posts = site.selectors.posts;
          if (posts) expect(units.filter((u) => !u.closest(posts)).map((u) => u.textContent?.slice(0, 40))).toEqual([]);
        });
      }

      it('every selector route it declares is proven by one of its fixture pages', () => {
        const docs = folderPages(site).flatMap(documentsOf);
        const { units, compose, headings, roots, exclude, posts } = site.selectors;
        const routes = [units, compose, headings, roots, posts, site.private?.areas, site.id === 'generic' ? undefined : exclude]
          .filter((l): l is string => !!l)
          .flatMap(splitSelectors)
          .filter((r) => !HTML_ROUTES.has(r));
        const unproven = routes.filter((r) => !docs.some((d) => d.querySelector(r)));
        expect(unproven).toEqual([]);
      });

      if (site.group === 'social') {
        it('names its private messages: pages and areas, each proven by a fixture of its messaging markup', () => {
          expect(site.private, `${site.id} must declare private: { paths, areas }`).toBeDefined();
          const { paths, areas } = site.private!;
          expect(splitSelectors(areas).length).toBeGreaterThan(1);
          const privatePages = folderPages(site).filter((p) => PAGES[p]!.private === 'page');
          expect(privatePages.some((p) => paths.test(new URL(PAGES[p]!.url).pathname))).toBe(true);
          // Areas on ordinary pages: each page that has one holds an editor that would otherwise be a compose box.
          const areaPages = folderPages(site).filter((p) => PAGES[p]!.private === 'area');
          expect(areaPages.length).toBeGreaterThan(0);
          for (const p of areaPages) {
            const doc = documentsOf(p)[0]!;
            const editors = [...doc.querySelectorAll(site.selectors.compose!)].filter((e) => e.closest(areas));
            expect(editors.length, p).toBeGreaterThan(0);
          }
          // No page the module reads posts from is private by its path.
          for (const p of folderPages(site).filter((q) => !PAGES[q]!.private))
            expect(paths.test(new URL(PAGES[p]!.url).pathname), p).toBe(false);
        });
      }
    });
  }

  it('recognises Confluence Server and SharePoint Server by their markup on an intranet host, by ids and <head> only', () => {
    const on = (path: string) =>
      siteFor('https://intranet.example.com/x', loadPage(path, 'https://intranet.example.com/x').window.document).id;
    expect(on('confluence/page.html')).toBe('confluence');
    expect(on('confluence/edit.html')).toBe('confluence');
    expect(on('sharepoint/page.html')).toBe('sharepoint');
    expect(on('irrelevant/cake.html')).toBe('generic');
    // A Confluence meta tag outside <head> (page text quoting markup) does not count; one in <head> does.
    const doc = loadPage('irrelevant/cake.html', 'https://intranet.example.com/x').window.document;
    const meta = doc.createElement('meta');
    meta.setAttribute('name', 'confluence-base-url');
    doc.body.append(meta);
    expect(siteFor('https://intranet.example.com/x', doc).id).toBe('generic');
    doc.head.append(meta);
    expect(siteFor('https://intranet.example.com/x', doc).id).toBe('confluence');
    // Jira Server's `ajs-base-url` (all Atlassian Server products have it) is no Confluence.
    const jira = loadPage('irrelevant/cake.html', 'https://intranet.example.com/x').window.document;
    const ajs = jira.createElement('meta');
    ajs.setAttribute('name', 'ajs-base-url');
    jira.head.append(ajs);
    expect(siteFor('https://intranet.example.com/x', jira).id).toBe('generic');
    // A classic SharePoint page (workspace, no modern canvas) stays with the generic reader, which reads it.
    const classic = loadPage('irrelevant/cake.html', 'https://intranet.example.com/x').window.document;
    const workspace = classic.createElement('div');
    workspace.id = 's4-workspace';
    classic.body.append(workspace);
    expect(siteFor('https://intranet.example.com/x', classic).id).toBe('generic');
  });

  it('claims real URLs by host and path, not by look-alikes', () => {
    const doc = loadPage('irrelevant/cake.html', 'https://example.com/').window.document;
    const id = (u: string) => siteFor(u, doc).id;
    expect(id('https://mobile.twitter.com/home')).toBe('x');
    expect(id('https://notx.com/home')).toBe('generic');
    expect(id('https://m.facebook.com/')).toBe('facebook');
    expect(id('https://example.atlassian.net/jira/software')).toBe('generic');
    expect(id('https://docs.google.com/spreadsheets/d/1/edit')).toBe('generic');
    expect(id('https://team.notion.site/Page-1')).toBe('notion');
    expect(id('not a url')).toBe('generic');
  });
});

describe('site readers', () => {
  it('X: post texts only; emoji image is a space; <br> is a word break', () => {
    const { texts } = read('x/timeline.html');
    expect(texts).toHaveLength(4);
    expect(texts[0]).toBe(
      'Unsere Geschäftsführung hat Angst vor einem Shitstorm, wenn wir einen Firmenaccount eröffnen. Was, wenn Kunden uns dort öffentlich kritisieren? Wie habt ihr das intern gelöst?',
    );
    expect(texts[2]).toBe('Heute ab 18 Uhr Wartungsarbeiten am Netz in der Nordstadt. Danke für eure Geduld!');
  });

  it('Facebook: story messages, paragraphs as word breaks, not the composer placeholder', () => {
    const { texts } = read('facebook/feed.html');
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain('beschweren? Ich finde');
    expect(texts[2]).toBe(
      'We asked our followers to pick the name of our new product and got 400 ideas in a day. Crowdsourcing beat our whole marketing meeting.',
    );
    expect(texts.join(' ')).not.toMatch(/Was machst du gerade|Anna Beispiel|Gefällt mir/);
  });

  it('LinkedIn: update texts, not names, headlines or "see more"', () => {
    const { texts } = read('linkedin/feed.html');
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain('liest kaum noch jemand. Wie macht ihr Employer Branding');
    expect(texts.join(' ')).not.toMatch(/Lena Hoffmann|Head of Communications|see more|What do you want to talk about/);
  });

  it("Facebook: a page's post, not the photo viewer's hidden copy of one, nor the Messenger chat window", () => {
    const { texts } = read('facebook/chat.html');
    expect(texts).toEqual(["Fresh rolls from six o'clock, and on Sundays until noon."]);
  });

  it('LinkedIn 2026 (July): post and comment texts by test id and component key; not names, "Feed post", "more" or the editors', () => {
    const { texts } = read('linkedin/feed-2026.html');
    expect(texts).toEqual([
      'Unsere Ausbildungsplätze bleiben leer, weil uns junge Bewerberinnen und Bewerber gar nicht kennen. Wir wollen als Arbeitgeber dort sichtbar werden, wo junge Talente ihre Jobs suchen: in den sozialen Netzwerken. Wer zeigt schon seinen Arbeitsalltag auf LinkedIn?',
      'Kurze Videos von unseren Azubis haben bei uns mehr Bewerbungen gebracht als jede Stellenanzeige.',
      'Danke, das probieren wir im Herbst aus.',
      'Our hall roof was repaired this week. Many thanks to the crew who worked through the rain.',
    ]);
    expect(texts.join(' ')).not.toMatch(/Ronja Feldmann|Feed post|more|Start a post|Add a comment|reactions/);
  });

  it('LinkedIn 2026: list items outside the feed (a messaging overlay of hashed classes) are not taken for posts', () => {
    const url = 'https://www.linkedin.com/feed/following/';
    const doc = loadPage('linkedin/feed-2026.html', url).window.document;
    const aside = doc.body.appendChild(doc.createElement('aside'));
    aside.innerHTML =
      '<div role="list"><div role="listitem"><p componentkey="b7c1e2d3-0000-4000-8000-000000000001">Can we talk about the shitstorm in private?</p></div></div>';
    const reader = new PageReader(doc, siteFor(url, doc));
    for (const unit of reader.scan()) reader.read(unit, true);
    const texts = rankBatch(reader);
    expect(texts).toHaveLength(4);
    expect(texts.join(' ')).not.toMatch(/in private/);
  });

  it('LinkedIn 2026 (May): posts keyed by a bare UUID are read; the older 2022 markup still is', () => {
    const may = read('linkedin/feed-2026-05.html');
    expect(may.texts).toHaveLength(2);
    expect(may.texts[0]).toMatch(/^Our board is worried that a company account invites public criticism/);
    expect(may.reader.ranking()[0]?.id).toBe('criticism');
    const old = read('linkedin/feed-2022.html');
    expect(old.texts).toEqual([
      'Nobody reads our staff newsletter any more. We are testing an internal network instead.',
      'Two new bikes for the courier team arrived today.',
    ]);
  });

  it("X Article: read as a document, title first, sections by the article's headings, not the replies", () => {
    const { texts, reader, site, doc } = read('x/article.html');
    expect(site.id).toBe('x-article');
    expect(site.kind).toBe('document');
    expect(site.title?.(doc)).toBe('Why we finally opened our company account');
    expect(texts[0]).toBe('Why we finally opened our company account');
    expect(texts).toContain('Service desk: weekdays from eight to four.');
    expect(texts.join(' ')).not.toMatch(/Nice read|Stadtwerk Nord|@stadtwerk_demo/);
    const sections = reader.sections().map((s) => [s.heading, s.ranked[0]?.id]);
    expect(sections).toEqual([['The fear of the comments', 'criticism']]);
    expect(reader.sectionCount).toBe(4);
  });

  it('X: a /status/ page is an Article only while the article is drawn; without it, the thread is read as posts', () => {
    const url = 'https://x.com/stadtwerk_demo/status/1900000000000000001';
    const doc = loadPage('x/article.html', url).window.document;
    expect(siteFor(url, doc).id).toBe('x-article');
    doc.querySelector('[data-testid="twitterArticleReadView"]')!.remove();
    expect(siteFor(url, doc).id).toBe('x');
    const reader = new PageReader(doc, siteFor(url, doc));
    for (const unit of reader.scan()) reader.read(unit, true);
    expect(rankBatch(reader)).toEqual(['Nice read, thanks.']);
  });

  describe('no single route blinds a module: with any one of its unit routes gone, every post is still read', () => {
    for (const path of [
      'linkedin/feed-2026.html',
      'linkedin/feed-2026-05.html',
      'x/timeline.html',
      'x/drawer.html',
      'facebook/feed.html',
    ]) {
      it(path, () => {
        const whole = read(path);
        const routes = splitSelectors(whole.site.selectors.units);
        expect(routes.length).toBeGreaterThan(1);
        for (const gone of routes) {
          const units = routes.filter((r) => r !== gone).join(', ');
          const partial = read(path, { ...whole.site, selectors: { ...whole.site.selectors, units } });
          expect(partial.texts, `without ${gone}`).toEqual(whole.texts);
        }
      });
    }
  });

  it('Confluence Cloud: title and renderer blocks, not navigation, byline or footer; sections by heading', () => {
    const { texts, reader } = read('confluence/page.html');
    expect(texts[0]).toBe('Social-Media-Strategie 2027');
    expect(texts).toContain('Intranet-Nachrichten werden kaum gelesen.');
    expect(texts.join(' ')).not.toMatch(/Presseverteiler|Erstellt von|Nutzungsbedingungen|Suchen/);
    const sections = reader.sections().map((s) => [s.heading, s.ranked[0]?.id]);
    expect(sections).toContainEqual(['Bedenken', 'criticism']);
    expect(sections).toContainEqual(['Personalgewinnung', 'employer-branding']);
    expect(sections).toContainEqual(['Ausgangslage', 'internal-communication']);
  });

  it('Confluence Server: the editor inside a same-origin about:blank iframe, read from the top frame', () => {
    const { texts, site } = read('confluence/edit.html');
    expect(site.id).toBe('confluence');
    expect(texts).toContain('Customers already complain about us on social media; today nobody answers them.');
  });

  it('SharePoint: page title and text web parts, not quick links or comments', () => {
    const { texts } = read('sharepoint/page.html');
    expect(texts[0]).toBe('Social media guidelines');
    expect(texts).toContain('Wir möchten als Arbeitgeber für junge Bewerberinnen und Bewerber sichtbar werden.');
    expect(texts.join(' ')).not.toMatch(/HR portal|Be the first to comment/);
  });

  it("Notion: blocks of the page content, not the sidebar or an empty block's placeholder", () => {
    const { texts } = read('notion/page.html');
    expect(texts).toHaveLength(6);
    expect(texts.join(' ')).not.toMatch(/Müller AG Workspace|Meeting Notes|Tippe/);
  });

  it('Google Docs: unreadable (canvas), with the title from the title input', () => {
    const { texts, site, doc } = read('gdocs/document.html');
    expect(texts).toHaveLength(0);
    expect(site.status?.(doc)).toBe('unreadable');
    expect(site.title?.(doc)).toBe('Social-Media-Strategie 2027');
  });

  it('intranet: the main content, not header navigation, sidebar, breadcrumb, footer or the comment placeholder', () => {
    const { texts } = read('intranet/page.html');
    expect(texts[0]).toBe('Social Media: Wir starten einen Pilot');
    expect(texts.join(' ')).toContain('Kritik gibt es ohnehin');
    expect(texts.join(' ')).not.toMatch(
      /Kantine|Urlaubsantrag|Brotkrumen|Start ›|Impressum|Transparenz-Stelle|Schreiben Sie einen Kommentar/,
    );
  });
});
