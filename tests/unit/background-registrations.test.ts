/** Which content scripts the grants call for, and the diff that reconciles them (pure logic). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CurrentRegistration,
  desiredRegistrations,
  isEmptyPlan,
  planReconcile,
  type Registration,
} from '../../src/background/registrations';
import { hostCovers, isBroad, narrowTo, originCovers, originOf, parseMatchPattern } from '../../src/match-patterns';
import { SITE_GROUPS } from '../../src/site-groups';

const byId = (regs: Registration[]) => Object.fromEntries(regs.map((r) => [r.id, r]));

describe('match patterns', () => {
  it('parses web patterns and refuses others', () => {
    expect(parseMatchPattern('https://*.atlassian.net/wiki/*')).toEqual({ scheme: 'https', host: '*.atlassian.net', path: '/wiki/*' });
    expect(parseMatchPattern('*://Intranet.Example.COM/*')?.host).toBe('intranet.example.com');
    for (const bad of [
      '<all_urls>',
      'ftp://x.com/*',
      'https://x.com',
      'https://x.com:8080/*',
      'https://exa mple.com/*',
      'https://-x.com/*',
      'x.com/*',
    ]) {
      expect(parseMatchPattern(bad), bad).toBeNull();
    }
  });

  it('turns patterns into origins and tests coverage', () => {
    expect(originOf('https://intranet.example.com/wiki/*')).toBe('https://intranet.example.com/*');
    expect(originOf('nonsense')).toBeNull();
    expect(hostCovers('*.atlassian.net', 'acme.atlassian.net')).toBe(true);
    expect(hostCovers('*.atlassian.net', 'atlassian.net')).toBe(true);
    expect(hostCovers('acme.atlassian.net', '*.atlassian.net')).toBe(false);
    expect(hostCovers('*.atlassian.net', 'evilatlassian.net')).toBe(false);
    expect(originCovers('*://*/*', 'https://docs.google.com/*')).toBe(true);
    expect(originCovers('http://docs.google.com/*', 'https://docs.google.com/*')).toBe(false);
    expect(isBroad('*://*/*')).toBe(true);
    expect(isBroad('https://*.notion.site/*')).toBe(false);
  });

  it('narrows a group pattern to a granted host', () => {
    expect(narrowTo('https://*.atlassian.net/wiki/*', 'https://acme.atlassian.net/*')).toBe('https://acme.atlassian.net/wiki/*');
    expect(narrowTo('https://*.atlassian.net/wiki/*', 'https://acme.example.com/*')).toBeNull();
    expect(narrowTo('https://www.notion.so/*', '*://*/*')).toBe('https://www.notion.so/*');
  });
});

describe('desiredRegistrations', () => {
  it('registers nothing when nothing is granted', () => {
    expect(desiredRegistrations({ granted: [], intranet: ['https://intranet.example.com/*'] })).toEqual([]);
  });

  it('registers a whole group with the content-script options the brief asks for', () => {
    const regs = desiredRegistrations({ granted: ['https://*.atlassian.net/*'], intranet: [] });
    expect(regs).toEqual([
      {
        id: 'argumentarium-confluence',
        matches: ['https://*.atlassian.net/wiki/*'],
        js: ['content-loader.js'],
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
        // The path is /wiki/*, and browsers accept matchOriginAsFallback only with a /* path.
        matchOriginAsFallback: false,
      },
    ]);
  });

  it('uses matchOriginAsFallback where every pattern has the path /*', () => {
    const regs = byId(desiredRegistrations({ granted: ['https://www.notion.so/*', 'https://*.notion.site/*'], intranet: [] }));
    expect(regs['argumentarium-notion']?.matches).toEqual(['https://*.notion.site/*', 'https://www.notion.so/*']);
    expect(regs['argumentarium-notion']?.matchOriginAsFallback).toBe(true);
  });

  it('narrows a group to single hosts granted through the browser menu', () => {
    const regs = byId(desiredRegistrations({ granted: ['https://acme.atlassian.net/*', 'https://www.notion.so/*'], intranet: [] }));
    expect(regs['argumentarium-confluence']?.matches).toEqual(['https://acme.atlassian.net/wiki/*']);
    expect(regs['argumentarium-notion']?.matches).toEqual(['https://www.notion.so/*']);
    expect(regs['argumentarium-intranet']).toBeUndefined();
  });

  it('activates every group on a grant for all hosts, but does not make every site an intranet', () => {
    const regs = byId(desiredRegistrations({ granted: ['*://*/*'], intranet: [] }));
    const optional = SITE_GROUPS.filter((g) => g.optional && g.id !== 'intranet').map((g) => `argumentarium-${g.id}`);
    expect(Object.keys(regs).sort()).toEqual(optional.sort());
  });

  it('runs intranet patterns whose origin is granted, and only those', () => {
    const regs = byId(
      desiredRegistrations({
        granted: ['https://intranet.example.com/*'],
        intranet: ['https://intranet.example.com/strategy/*', 'https://other.example.com/*', 'not a pattern'],
      }),
    );
    expect(regs['argumentarium-intranet']?.matches).toEqual(['https://intranet.example.com/strategy/*']);
  });

  it('runs on a single host granted through the browser that belongs to no group', () => {
    const regs = byId(desiredRegistrations({ granted: ['https://wiki.example.org/*'], intranet: [] }));
    expect(regs['argumentarium-intranet']?.matches).toEqual(['https://wiki.example.org/*']);
  });

  it('never registers the social group (the manifest declares it) and ignores non-web origins', () => {
    const social = SITE_GROUPS.find((g) => g.id === 'social')?.origins ?? [];
    const regs = desiredRegistrations({ granted: [...social, 'moz-extension://abc/*', '<all_urls>'], intranet: [] });
    expect(regs.map((r) => r.id)).not.toContain('argumentarium-social');
    expect(regs.map((r) => r.id)).not.toContain('argumentarium-intranet');
  });
});

describe('planReconcile', () => {
  const desired = desiredRegistrations({ granted: ['https://*.atlassian.net/*', 'https://docs.google.com/*'], intranet: [] });

  it('registers everything when nothing is registered', () => {
    const plan = planReconcile([], desired);
    expect(plan.register.map((r) => r.id)).toEqual(['argumentarium-confluence', 'argumentarium-gdocs']);
    expect(plan.unregister).toEqual([]);
    expect(plan.update).toEqual([]);
  });

  it('is empty when the registrations already match, whatever the order of matches', () => {
    const current: CurrentRegistration[] = desired.map((d) => ({ ...d, matches: [...d.matches].reverse() }));
    expect(isEmptyPlan(planReconcile(current, desired))).toBe(true);
  });

  it('unregisters ours that are no longer wanted, updates changed ones, and leaves foreign ones alone', () => {
    const current: CurrentRegistration[] = [
      {
        id: 'argumentarium-confluence',
        matches: ['https://acme.atlassian.net/wiki/*'],
        js: ['content-loader.js'],
        allFrames: true,
        runAt: 'document_idle',
      },
      { id: 'argumentarium-sharepoint', matches: ['https://*.sharepoint.com/*'], js: ['content-loader.js'], allFrames: true },
      { id: 'someone-else', matches: ['https://example.com/*'] },
    ];
    const plan = planReconcile(current, desired);
    expect(plan.unregister).toEqual(['argumentarium-sharepoint']);
    expect(plan.update.map((r) => r.id)).toEqual(['argumentarium-confluence']);
    expect(plan.register.map((r) => r.id)).toEqual(['argumentarium-gdocs']);
  });

  it('does not count a field the browser does not report as a difference', () => {
    const current = desired.map(({ matchOriginAsFallback: _m, ...rest }) => rest);
    expect(isEmptyPlan(planReconcile(current, desired))).toBe(true);
  });

  it('reaches a fixed point from any registered state in one step (property)', () => {
    const origins = [
      'https://*.atlassian.net/*',
      'https://acme.atlassian.net/*',
      'https://*.sharepoint.com/*',
      'https://www.notion.so/*',
      'https://*.notion.site/*',
      'https://docs.google.com/*',
      'https://intranet.example.com/*',
      'https://wiki.example.org/*',
      '*://*/*',
    ];
    const intranet = ['https://intranet.example.com/*', 'https://other.example.com/docs/*'];
    fc.assert(
      fc.property(fc.subarray(origins), fc.subarray(origins), (before, after) => {
        // Start from what `before` registered, then the grants change to `after`.
        const start = desiredRegistrations({ granted: before, intranet });
        const target = desiredRegistrations({ granted: after, intranet });
        const plan = planReconcile(start, target);
        const state = new Map<string, CurrentRegistration>(start.map((r) => [r.id, r]));
        for (const id of plan.unregister) state.delete(id);
        for (const r of [...plan.register, ...plan.update]) state.set(r.id, r);
        expect(isEmptyPlan(planReconcile([...state.values()], target))).toBe(true);
        expect([...state.keys()].sort()).toEqual(target.map((r) => r.id));
      }),
    );
  });
});
