// @vitest-environment jsdom
/** The briefing composer: pick, reorder by buttons, Alt+Arrow and drag and drop, lengths, title, copy. */
import { beforeEach, describe, expect, it } from 'vitest';
import { Composer, moveItem } from '../../src/briefing/Composer';
import { catalog } from '../../src/catalog/index';
import { answerForTopic, textOf } from '../../src/catalog/types';
import type { BriefingPayload, OutputFormat } from '../../src/copy/index';
import { claimAfterColon, xWeightedLength } from '../../src/copy/index';
import { useMessages } from '../../src/i18n/index';
import { doAct, key, messages, mount, setValue } from './popup-helpers';

const title = (id: string) => textOf(catalog.find((a) => a.id === id)!, 'en').title;
const claim = (id: string) => textOf(catalog.find((a) => a.id === id)!, 'en').claim;

let copies: { payload: BriefingPayload; ids: string[] }[];
let announced: string[];

function composer(format: OutputFormat = 'plain', objections?: Map<string, string>) {
  return mount(
    <Composer
      args={catalog}
      lang="en"
      audience="general"
      format={format}
      includeSources={false}
      pageObjections={objections}
      copy={(payload, ids) => copies.push({ payload, ids })}
      announce={(text) => announced.push(text)}
    />,
  );
}

function order(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-briefing-id]'), (li) => li.dataset.briefingId ?? '');
}

async function pick(root: HTMLElement, ...ids: string[]) {
  for (const id of ids) await doAct(() => (root.querySelector(`[data-briefing-pick="${id}"]`) as HTMLInputElement).click());
}

beforeEach(() => {
  useMessages(messages('en'));
  copies = [];
  announced = [];
});

describe('moveItem', () => {
  it('moves and leaves the input alone', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 0, 5)).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});

describe('Composer', () => {
  it('starts empty with Copy disabled and a hint', async () => {
    const root = await composer();
    expect((root.querySelector('[data-action="copy-briefing"]') as HTMLButtonElement).disabled).toBe(true);
    expect(root.textContent).toContain('Pick at least one argument');
  });

  it('lists picked arguments in pick order, and unpicking removes one', async () => {
    const root = await composer();
    await pick(root, 'faces', 'criticism', 'insights');
    expect(order(root)).toEqual(['faces', 'criticism', 'insights']);
    await pick(root, 'criticism');
    expect(order(root)).toEqual(['faces', 'insights']);
  });

  it('moves with the buttons, keeps focus on a usable button and announces the position', async () => {
    const root = await composer();
    await pick(root, 'faces', 'criticism', 'insights');
    const down = root.querySelector('[data-briefing-id="faces"] [data-action="move-down"]') as HTMLButtonElement;
    down.focus();
    await doAct(() => down.click());
    expect(order(root)).toEqual(['criticism', 'faces', 'insights']);
    expect(announced.at(-1)).toBe(`“${title('faces')}” moved to position 2 of 3`);
    expect(document.activeElement).toBe(root.querySelector('[data-briefing-id="faces"] [data-action="move-down"]'));
    const again = root.querySelector('[data-briefing-id="faces"] [data-action="move-down"]') as HTMLButtonElement;
    await doAct(() => again.click());
    expect(order(root)).toEqual(['criticism', 'insights', 'faces']);
    // Now last: its Down button is disabled, so focus went to Up.
    expect((root.querySelector('[data-briefing-id="faces"] [data-action="move-down"]') as HTMLButtonElement).disabled).toBe(true);
    expect(document.activeElement).toBe(root.querySelector('[data-briefing-id="faces"] [data-action="move-up"]'));
  });

  it('moves with Alt+ArrowUp / Alt+ArrowDown from inside an item', async () => {
    const root = await composer();
    await pick(root, 'faces', 'criticism', 'insights');
    const select = root.querySelector('[data-briefing-id="insights"] select') as HTMLSelectElement;
    select.focus();
    await doAct(() => key(select, 'ArrowUp', { altKey: true }));
    expect(order(root)).toEqual(['faces', 'insights', 'criticism']);
    expect(document.activeElement).toBe(root.querySelector('[data-briefing-id="insights"] select'));
    await doAct(() => key(root.querySelector('[data-briefing-id="insights"] select')!, 'ArrowDown', { altKey: true }));
    expect(order(root)).toEqual(['faces', 'criticism', 'insights']);
    // Without Alt, arrows do not reorder.
    await doAct(() => key(root.querySelector('[data-briefing-id="insights"] select')!, 'ArrowUp'));
    expect(order(root)).toEqual(['faces', 'criticism', 'insights']);
  });

  it('moves by drag and drop', async () => {
    const root = await composer();
    await pick(root, 'faces', 'criticism', 'insights');
    const items = () => Array.from(root.querySelectorAll<HTMLElement>('[data-briefing-id]'));
    expect(items()[0]?.draggable).toBe(true);
    await doAct(() => items()[0]?.dispatchEvent(new Event('dragstart', { bubbles: true })));
    const over = new Event('dragover', { bubbles: true, cancelable: true });
    await doAct(() => items()[2]?.dispatchEvent(over));
    expect(over.defaultPrevented).toBe(true); // allows the drop
    expect(items()[2]?.classList.contains('is-drop-target')).toBe(true);
    await doAct(() => items()[2]?.dispatchEvent(new Event('drop', { bubbles: true, cancelable: true })));
    expect(order(root)).toEqual(['criticism', 'insights', 'faces']);
    expect(root.querySelector('.is-drop-target')).toBeNull();
  });

  it('copies title, items in order, chosen lengths and the page objection', async () => {
    // The page objection arrives as the relevance lexicon's id; the briefing names the argument's own objection of that kind.
    const root = await composer('plain', new Map([['criticism', 'public-criticism']]));
    await doAct(() => setValue(root.querySelector('.composer-title input') as HTMLInputElement, 'Board, Monday'));
    await pick(root, 'criticism', 'faces');
    await doAct(() => setValue(root.querySelector('[data-briefing-id="faces"] select') as HTMLSelectElement, 'line'));
    await doAct(() => (root.querySelector('[data-action="copy-briefing"]') as HTMLButtonElement).click());
    expect(copies).toHaveLength(1);
    const { payload, ids } = copies[0]!;
    expect(ids).toEqual(['criticism', 'faces']);
    const plain = payload.plain;
    // The briefing opens with the recommendation and the items' titles as its reasons, then the items.
    expect(
      plain.startsWith(
        `Board, Monday\n\nRecommendation: a 3-month pilot on one channel.\nReasons: ${title('criticism')}; ${title('faces')}.\n`,
      ),
    ).toBe(true);
    expect(plain).toContain(`\n\n1. ${title('criticism')}\n\n${claim('criticism')}\n\n`);
    const own = answerForTopic(textOf(catalog.find((a) => a.id === 'criticism')!, 'en'), 'public-criticism');
    expect(plain).toContain(`Objection: “${own?.objection}” – Answer: ${own?.answer}`);
    expect(plain.endsWith(`2. ${title('faces')}: ${claimAfterColon(claim('faces'), 'en')}`)).toBe(true);
    expect(root.querySelector('.composer-preview pre')?.textContent).toBe(plain);
  });

  it('in the X format says how many claims fit one post', async () => {
    const root = await composer('x');
    await pick(root, ...catalog.map((a) => a.id));
    const note = root.querySelector('.composer-note')?.textContent ?? '';
    expect(note).toMatch(/^Only \d+ of 10 arguments fit in one X post/);
    await doAct(() => (root.querySelector('[data-action="copy-briefing"]') as HTMLButtonElement).click());
    expect(xWeightedLength(copies[0]?.payload.plain ?? '')).toBeLessThanOrEqual(280);
    expect(note).toContain(`Only ${copies[0]?.payload.included} of`);
  });
});
