/**
 * One objection found on the page, as the popup and the side panel list it under an argument:
 * "Objection: “…” – Answer: …" where the argument answers it, else only that the page raises it.
 */
import type { JSX } from 'preact';
import type { ObjectionAnswer } from '../catalog/types';
import { t } from '../i18n/index';

/**
 * @param own the argument's own answered objection of the page's kind (`answerForTopic`), if it has one
 * @param label how the objection is named (the caller's choice: the argument's wording or the page's label)
 */
export function ObjectionLine({ own, label }: { own: ObjectionAnswer | undefined; label: string }): JSX.Element {
  return (
    <p class="arg-objection" data-answered={own ? 'true' : 'false'}>
      {own?.answer ? t('popupObjection', label, own.answer) : t('popupObjectionRaised', label)}
    </p>
  );
}
