/**
 * One argument in the popup's lists: title and claim, a disclosure button that shows the reasoning
 * (for the chosen audience) and the practice notes, a Copy button, and for page-relevant arguments why they appear
 * and, for each objection found on the page, the argument's own answer to it where it has one.
 * Testing contract: the root carries `data-argument-id`, the Copy button `data-action="copy"`.
 */
import type { JSX } from 'preact';
import { type Argument, type Audience, answerForTopic, type Lang, textOf } from '../catalog/types';
import { reasoningFor } from '../copy/index';
import { t } from '../i18n/index';
import type { PageSnippet } from '../messages';
import type { RankedArgument } from '../relevance/types';
import { Highlight, wordRanges } from '../ui/Highlight';
import { ObjectionLine } from '../ui/ObjectionLine';

/** Why an argument is shown for the current page. */
export interface Why {
  ranked: RankedArgument;
  snippet?: PageSnippet | null;
  /** Headings of the document sections where it is relevant (long documents, best first; at most a few). */
  sections?: readonly string[];
  /** True when `ranked` is the ranking of a selection the user asked about, not of the page. */
  selection?: boolean;
  /** Display labels of `ranked.objections` (same order); the ids are shown where a label is missing. */
  objections?: readonly string[];
}

/** Props of {@link ArgumentItem}. */
export interface ArgumentItemProps {
  arg: Argument;
  lang: Lang;
  audience: Audience;
  expanded: boolean;
  onToggle(id: string): void;
  onCopy(arg: Argument): void;
  /** True for a moment after a successful copy of this argument. */
  copied: boolean;
  why?: Why;
}

function quoted(words: readonly string[]): string {
  return words.map((w) => t('popupQuoted', w)).join(', ');
}

/** The list item. Its disclosure button has class `arg-toggle` (arrow keys move between them, see `Popup`). */
export function ArgumentItem(props: ArgumentItemProps): JSX.Element {
  const { arg, lang, audience, expanded, why } = props;
  const text = textOf(arg, lang);
  const panelId = `reasoning-${arg.id}`;
  const titleId = `title-${arg.id}`;
  const reasoning = reasoningFor(text, audience);
  return (
    <li class="arg" data-argument-id={arg.id} aria-labelledby={titleId}>
      <div class="arg-head">
        <button
          type="button"
          class="arg-toggle"
          data-action="expand"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={panelId}
          onClick={() => props.onToggle(arg.id)}
        >
          <span class="arg-chevron" aria-hidden="true">
            {expanded ? '▾' : '▸'}
          </span>
          <span id={titleId} class="arg-title">
            {text.title}
          </span>
        </button>
        <button
          type="button"
          class={`arg-copy${props.copied ? ' is-copied' : ''}`}
          data-action="copy"
          // The name begins with the visible text in both states (WCAG 2.5.3 Label in Name; axe label-content-name-mismatch).
          aria-label={props.copied ? t('popupCopiedAnnounce', text.title) : t('popupCopyLabel', text.title)}
          onClick={() => props.onCopy(arg)}
        >
          {props.copied ? t('popupCopied') : t('popupCopy')}
        </button>
      </div>
      <p class="arg-claim">{text.claim}</p>
      {why && why.ranked.matched.length > 0 && (
        <p class="arg-why">
          <span class="muted">{t(why.selection ? 'popupWhySelection' : 'popupWhy')}</span> {quoted(why.ranked.matched)}
        </p>
      )}
      {why?.sections && why.sections.length > 0 && (
        <p class="arg-sections">
          <span class="muted">{t('popupSections')}</span> {quoted(why.sections)}
        </p>
      )}
      {why?.snippet ? (
        <p class="arg-snippet">
          {why.snippet.cutStart && '…'}
          <Highlight text={why.snippet.text} ranges={why.snippet.ranges} />
          {why.snippet.cutEnd && '…'}
        </p>
      ) : (
        why?.ranked.quote && (
          // The sentence of the page that carries the argument, as the engine quoted it, decisive words marked.
          <p class="arg-snippet">
            <Highlight text={why.ranked.quote} ranges={wordRanges(why.ranked.quote, why.ranked.matched)} />
          </p>
        )
      )}
      {(why?.ranked.objections ?? []).map((topic, i) => {
        // Where the argument answers the page's objection, it is named as the argument states it, beside its answer and
        // in the language shown (the page's label came in the language of its reading); else by the lexicon's label.
        const own = answerForTopic(text, topic);
        return <ObjectionLine key={topic} own={own} label={own?.objection ?? why?.objections?.[i] ?? topic} />;
      })}
      <div id={panelId} class="arg-reasoning" hidden={!expanded}>
        <p>{reasoning}</p>
        {audience !== 'general' && reasoning === text.reasoning && <p class="muted">{t('popupAudienceFallback')}</p>}
        {text.practice && (
          <dl class="arg-practice">
            <dt>{t('popupPracticeStart')}</dt>
            <dd>{text.practice.start}</dd>
            <dt>{t('popupPracticeMeasures')}</dt>
            <dd>{text.practice.measures}</dd>
            <dt>{t('popupPracticeRisk')}</dt>
            <dd>{text.practice.risk}</dd>
          </dl>
        )}
      </div>
    </li>
  );
}
