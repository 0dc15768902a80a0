/** Host permissions per site group and intranet pattern. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { accessState, hasAccess, originsFor, removeAccess, requestAccess } from '../../src/platform/permissions';
import { fakeBrowser, fakeState, resetFake } from './background-fake';

vi.mock('../../src/platform/browser', async () => {
  const { fakeBrowser } = await import('./background-fake');
  return { browser: fakeBrowser };
});

beforeEach(() => resetFake());

describe('originsFor', () => {
  it("gives a group's origins, a pattern's origin, and nothing for junk", () => {
    expect(originsFor('notion')).toEqual(['https://www.notion.so/*', 'https://*.notion.site/*']);
    expect(originsFor('intranet')).toEqual([]);
    expect(originsFor('https://intranet.example.com/strategie/*')).toEqual(['https://intranet.example.com/*']);
    expect(originsFor('intranet.example.com')).toEqual([]);
    expect(originsFor('javascript:alert(1)')).toEqual([]);
  });
});

describe('hasAccess / requestAccess / removeAccess', () => {
  it('treats an empty list as not granted and never prompts for it', async () => {
    await expect(hasAccess([])).resolves.toBe(false);
    await expect(requestAccess([])).resolves.toBe(false);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  it("calls permissions.request synchronously, inside the caller's click handler", async () => {
    const pending = requestAccess(originsFor('gdocs'));
    // No await has happened yet: the browser saw the request during the user gesture.
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://docs.google.com/*'] });
    await expect(pending).resolves.toBe(true);
    await expect(hasAccess(originsFor('gdocs'))).resolves.toBe(true);
  });

  it('removes access, and reports a refusal as false instead of throwing', async () => {
    fakeState.granted.add('https://*.sharepoint.com/*');
    await expect(removeAccess(originsFor('sharepoint'))).resolves.toBe(true);
    await expect(hasAccess(originsFor('sharepoint'))).resolves.toBe(false);
    fakeBrowser.permissions.remove.mockRejectedValueOnce(new Error('You cannot remove required permissions.'));
    await expect(removeAccess(['https://x.com/*'])).resolves.toBe(false);
  });
});

describe('accessState', () => {
  it('reports each optional group and each given pattern', async () => {
    fakeState.granted.add('https://*.atlassian.net/*');
    fakeState.granted.add('https://www.notion.so/*');
    fakeState.granted.add('https://intranet.example.com/*');
    const state = await accessState(['https://intranet.example.com/wiki/*', 'https://other.example.com/*']);
    expect(state).toEqual({
      confluence: true,
      sharepoint: false,
      // Only one of Notion's two origins is granted.
      notion: false,
      gdocs: false,
      'https://intranet.example.com/wiki/*': true,
      'https://other.example.com/*': false,
    });
  });

  it("reads the user's and the policy's intranet sites when none are given", async () => {
    fakeState.granted.add('https://intranet.example.com/*');
    await fakeBrowser.storage.sync.set({ intranetSites: ['https://intranet.example.com/*'] });
    fakeState.managedUnavailable = false;
    await fakeBrowser.storage.managed.set({ intranetSites: ['wiki.example.org'] });
    const state = await accessState();
    expect(state['https://intranet.example.com/*']).toBe(true);
    expect(state['https://wiki.example.org/*']).toBe(false);
  });
});
