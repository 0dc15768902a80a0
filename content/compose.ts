/**
 * The compose box: the post or comment the user is writing is scored as they type (debounced), and its ranking takes
 * precedence over the page's. Only the latest scoring counts. Boxes in private areas or on private pages are never
 * read (`PageReader.editorFor` says which boxes may be).
 */
import type { Life } from './lifecycle';
import type { PageState } from './page-state';
import type { RankClient } from './rank-client';
import { readEditor, readText } from './text';

/** Compose text read at most (UTF-16 code units): scoring the compose box stays cheap. */
const COMPOSE_LIMIT = 5000;

/** Scores the compose box the user types in. */
export class ComposeWatch {
  private editor: WeakRef<Element> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param debounce quiet time after the last keystroke before scoring, in milliseconds
   * @param render shows the card's current state
   */
  constructor(
    private readonly life: Life,
    private readonly state: PageState,
    private readonly ranks: RankClient,
    private readonly debounce: number,
    private readonly render: () => void,
  ) {
    life.signal.addEventListener('abort', () => clearTimeout(this.timer), { once: true });
  }

  /** The `input` listener (on the page's document and same-origin frames' documents, capturing). */
  readonly onInput = (e: Event): void => {
    const target = e.target as Node | null;
    // Not a compose box, or one in a private area or on a private page: private messages are never read.
    const editor = target ? this.state.reader.editorFor(target) : null;
    if (!editor) return;
    this.editor = new WeakRef(editor);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      try {
        this.score();
      } catch (e) {
        this.life.fail(e);
      }
    }, this.debounce);
  };

  /** The text to score for `editor`: the whole compose box, or in a document editor the block at the caret. */
  private composeText(editor: Element): string {
    const { site, reader } = this.state;
    // A document's own editor is read per block; a reply box beside the document (X Articles) is read whole.
    if (site.kind === 'document' && reader.inRoots(editor)) {
      const node = editor.ownerDocument.getSelection()?.anchorNode;
      const el = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
      const block = el?.closest(site.selectors.units);
      // Confluence's editor contains its blocks; Notion's blocks contain their editable leaves.
      return block && (editor.contains(block) || block.contains(editor)) ? readText(block, COMPOSE_LIMIT) : '';
    }
    return readEditor(editor).slice(0, COMPOSE_LIMIT);
  }

  private score(): void {
    const { life, state } = this;
    this.timer = undefined;
    if (life.stopped) return;
    if (!life.alive()) {
      life.stop();
      return;
    }
    const editor = this.editor?.deref();
    // Asked again: the page may have turned private since the input (an app's in-place move to its messages).
    const text = editor?.isConnected && state.reader.editorFor(editor) ? this.composeText(editor) : '';
    const seq = ++state.composeSeq;
    if (!text) {
      state.composeRanked = [];
      state.composing = false;
      this.render();
      return;
    }
    this.ranks.track(
      this.ranks.rank([{ key: 'compose', text }]).then((results) => {
        // Only the latest scoring counts: the user kept typing, or the page changed.
        if (!results || seq !== state.composeSeq) return;
        state.composeRanked = results.compose ?? [];
        state.composing = true;
        this.render();
      }),
    );
  }
}
