/**
 * The static loader's request (`load-content`, the start budget): the background injects `content.js` into the
 * sender's document and nowhere else, answers only our own content scripts in a top frame, and reports a failed
 * injection instead of throwing.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { injectionTarget } from '../../src/background/inject';
import { fakeBrowser, fakeState, resetFake, settle } from './background-fake';

vi.mock('../../src/platform/browser', async () => {
  const { fakeBrowser } = await import('./background-fake');
  return { browser: fakeBrowser };
});

const EXT = 'chrome-extension://test-extension-id/';
const loader = (extra: object = {}) => ({ id: 'test-extension-id', url: 'https://x.com/home', tab: { id: 7 }, frameId: 0, ...extra });

function deliver(msg: unknown, sender: object): Promise<unknown> | undefined {
  const answers = fakeBrowser.runtime.onMessage.fire(msg as never, sender as never).filter((a) => a !== undefined);
  expect(answers.length).toBeLessThanOrEqual(1);
  return answers[0] as Promise<unknown> | undefined;
}

beforeAll(async () => {
  await import('../../src/background/index');
});

beforeEach(() => {
  resetFake();
  fakeState.tabs = [{ id: 7, url: 'https://x.com/home' }];
});

describe('load-content', () => {
  it("injects content.js into the sender's own document (Chrome names it by documentId)", async () => {
    expect(await deliver({ type: 'load-content' }, loader({ documentId: 'doc-1' }))).toEqual({ ok: true });
    expect(fakeState.injected).toEqual([{ tabId: 7, allFrames: undefined, files: ['content.js'], documentIds: ['doc-1'] }]);
  });

  it('uses the top frame where the browser gives no documentId (Firefox)', async () => {
    expect(await deliver({ type: 'load-content' }, loader())).toEqual({ ok: true });
    expect(fakeState.injected).toEqual([{ tabId: 7, allFrames: undefined, files: ['content.js'], frameIds: [0] }]);
  });

  it('refuses a sub-frame, and stays silent for extension pages and other extensions', async () => {
    expect(await deliver({ type: 'load-content' }, loader({ frameId: 3 }))).toEqual({
      ok: false,
      error: expect.stringMatching(/top frame/),
    });
    expect(deliver({ type: 'load-content' }, { id: 'test-extension-id', url: `${EXT}popup.html` })).toBeUndefined();
    expect(deliver({ type: 'load-content' }, loader({ id: 'another-extension' }))).toBeUndefined();
    await settle();
    expect(fakeState.injected).toEqual([]);
  });

  it('answers ok: false with the browser’s reason when the tab is gone', async () => {
    fakeState.tabs = [];
    expect(await deliver({ type: 'load-content' }, loader())).toEqual({ ok: false, error: expect.stringMatching(/No tab with id: 7/) });
  });
});

describe('injectionTarget', () => {
  it('needs a tab', () => {
    expect(injectionTarget({ frameId: 0 })).toEqual({ ok: false, error: expect.stringMatching(/not in a tab/) });
  });
});
