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
import type { SiteModule } from '../../content/sites/types';
import { FIXTURES, loadPage, rankBatch } from './helpers';

/** Each fixture page and the real URL it stands for (the e2e server serves it there too). */
const PAGES: Record<string, { url: string; app?: boolean; compose?: boolean; headings?: boolean }> = {
  'x/timeline.html': { url: 'https://x.com/home', compose: true },
  'facebook/feed.html': { url: 'https://www.facebook.com/', compose: true },
  'linkedin/feed.html': { url: 'https://www.linkedin.com/feed/', compose: true },
  'confluence/page.html': { url: 'https://example.atlassian.net/wiki/spaces/KOMM/pages/123456/Social+Media+Strategie', headings: true },
  'confluence/edit.html': { url: 'https://wiki.example.com/pages/editpage.action?pageId=42', app: true, compose: true, headings: true },
  'sharepoint/page.html': { url: 'https://contoso.sharepoint.com/sites/Communications/SitePages/Social-Media.aspx', headings: true },
  'notion/page.html': { url: 'https://www.notion.so/Kommunikationsstrategie-0123456789abcdef', compose: true, headings: true },
  'gdocs/document.html': { url: 'https://docs.google.com/document/d/1AbCdEf/edit' },
  'intranet/page.html': { url: 'https://intranet.example.com/news/social-media', compose: true, headings: true },
};

function read(path: string): { site: SiteModule; texts: string[]; reader: PageReader; doc: Document } {
  const page = PAGES[path]!;
  const dom = loadPage(path, page.url, { app: page.app });
  const doc = dom.window.document;
  const site = siteFor(page.url, doc);
  const reader = new PageReader(doc, site);
  for (const unit of reader.scan()) reader.read(unit, true);
  return { site, texts: rankBatch(reader), reader, doc };
}

describe('site registry convention', () => {
  for (const site of SITES) {
    const folder = site.fixtures ?? site.id;
    describe(site.id, () => {
      const pages = Object.keys(PAGES).filter((p) => p.startsWith(`${folder}/`));
      it(`has a fixture folder tests/fixtures/${folder} with pages listed here`, () => {
        expect(existsSync(join(FIXTURES, folder))).toBe(true);
        const html = readdirSync(join(FIXTURES, folder)).filter((f) => f.endsWith('.html'));
        expect(html.length).toBeGreaterThan(0);
        expect(pages.length).toBeGreaterThan(0);
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
          expect(reader.roots().length).toBeGreaterThan(0);
          expect([...reader.scan()].length).toBeGreaterThan(0);
          const frames = reader.frameDocuments();
          const all = (sel: string) => [doc, ...frames].flatMap((d) => [...d.querySelectorAll(sel)]);
          if (compose) expect(all(site.selectors.compose!).length).toBeGreaterThan(0);
          if (headings) expect(all(site.selectors.headings!).length).toBeGreaterThan(0);
          if (site.selectors.roots) expect(all(site.selectors.roots).length).toBeGreaterThan(0);
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
