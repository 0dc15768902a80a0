// @vitest-environment jsdom
/**
 * The text reading rules of content/text.ts on small hand-made snippets: word breaks, placeholders of the
 * common editors, emoji images, hidden elements, our own card, non-content elements, compose boxes, limits.
 */
import { describe, expect, it } from 'vitest';
import { findQuoted, isPlaceholder, readEditor, readText } from '../../content/text';

function el(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('readText', () => {
  it('paragraphs, block elements and <br> are word breaks; inline elements are not', () => {
    expect(readText(el('<p>Kunden</p><p>kritik</p>'))).toBe('Kunden kritik');
    expect(readText(el('<div>eins<br>zwei</div><li>drei</li>'))).toBe('eins zwei drei');
    expect(readText(el('<span>Kunden</span><strong>kritik</strong><a href="#">en</a>'))).toBe('Kundenkritiken');
  });

  it('reads a post nested deeper than the call stack (a page cannot stop the reading by nesting)', () => {
    // Built from the inside out: appending to a detached parent keeps jsdom's own bookkeeping shallow.
    let deep: HTMLElement = document.createElement('span');
    deep.textContent = 'Kritik ganz unten';
    for (let i = 0; i < 20_000; i++) {
      const parent = document.createElement(i % 2 ? 'span' : 'div');
      parent.appendChild(deep);
      deep = parent;
    }
    const root = document.createElement('div');
    root.appendChild(deep);
    root.appendChild(document.createElement('p')).textContent = 'und daneben';
    expect(readText(root)).toBe('Kritik ganz unten und daneben');
  });

  it('an image (emoji) is a space, its alt is not read', () => {
    expect(readText(el('Shitstorm<img alt="😬">Angst'))).toBe('Shitstorm Angst');
  });

  it('skips placeholders: Draft.js, class names, data-placeholder shown as text', () => {
    expect(readText(el('<div class="public-DraftEditorPlaceholder-root"><div>What is happening?!</div></div><div>Text</div>'))).toBe(
      'Text',
    );
    expect(readText(el('<div class="composer-placeholder">Was machst du gerade?</div>'))).toBe('');
    expect(readText(el('<span data-placeholder="Write…">Write…</span><span data-placeholder="Write…">real</span>'))).toBe('real');
    expect(isPlaceholder(el('').appendChild(document.createElement('p')))).toBe(false);
  });

  it('skips hidden elements, our card, scripts, styles and templates', () => {
    const root = el(
      '<p hidden>verborgen</p><p aria-hidden="true">aria</p><p style="display: none">none</p><p style="visibility:hidden">vis</p>' +
        '<argumentarium-card data-argumentarium>Karte</argumentarium-card><script>var x = 1</script><style>p{}</style>' +
        '<template><p>vorlage</p></template><noscript>kein JS</noscript><p>sichtbar</p>',
    );
    expect(readText(root)).toBe('sichtbar');
  });

  it('keeps markup written as text as text', () => {
    const root = el('<p></p>');
    root.firstElementChild!.textContent = '<img src=x onerror=alert(1)>';
    expect(readText(root)).toBe('<img src=x onerror=alert(1)>');
  });

  it('collapses whitespace and stops near the limit', () => {
    expect(readText(el('  viel \n\n  Platz\t '))).toBe('viel Platz');
    const long = el(`<p>${'a '.repeat(1000)}</p><p>${'b '.repeat(1000)}</p>`);
    const text = readText(long, 500);
    expect(text.length).toBeLessThan(2100);
    expect(text).not.toContain('b');
  });

  it('a skipped root reads as empty', () => {
    const hidden = el('<p>x</p>');
    hidden.hidden = true;
    expect(readText(hidden)).toBe('');
  });
});

describe('readEditor', () => {
  it('an editor showing its own placeholder reads as empty', () => {
    const editor = document.createElement('div');
    editor.setAttribute('aria-placeholder', 'Was machst du gerade?');
    editor.innerHTML = '<p>Was machst du gerade?</p>';
    expect(readEditor(editor)).toBe('');
    editor.innerHTML = '<p>Was machen wir gegen Kritik?</p>';
    expect(readEditor(editor)).toBe('Was machen wir gegen Kritik?');
  });

  it('textarea and input: the value', () => {
    const ta = document.createElement('textarea');
    ta.value = 'Mehr  Transparenz\nbitte';
    expect(readEditor(ta)).toBe('Mehr Transparenz bitte');
  });
});

describe('findQuoted', () => {
  it('finds the unit whose text holds the quote, across whitespace and a cut quote’s "…"', () => {
    document.body.innerHTML =
      '<article><p class="u">Sunny today.</p></article><article><p class="u">Kunden   beschweren sich\n in Foren über uns, nur antworten können wir nicht.</p></article>';
    const units = [...document.querySelectorAll('.u')];
    expect(findQuoted(document, '.u', 'Kunden beschweren sich in Foren über uns, nur antworten können wir nicht.')).toBe(units[1]);
    expect(findQuoted(document, '.u', 'Kunden beschweren sich in Foren…')).toBe(units[1]);
    expect(findQuoted(document, '.u', 'Nothing like this is on the page.')).toBeNull();
    expect(findQuoted(document, '.u', '  ')).toBeNull();
  });
});
