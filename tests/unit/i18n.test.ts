/**
 * Both languages throughout: the two `_locales/<lang>/messages.json` files are complete and consistent,
 * every key the code asks for exists, every key exists for a reason, and no user-visible string of the extension
 * pages or the card is written into the code instead of the locale files.
 *
 * The sources are read with the TypeScript parser (not regular expressions over raw text), so comments never count
 * as a use and JSX text, attributes and string literals are told apart exactly. Keys built at run time are listed in
 * {@link DYNAMIC_KEYS}; a new template-literal key pattern fails the test until it is listed there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { t, useBrowserI18n, useMessages } from '../../src/i18n/index';

const ROOT = join(import.meta.dirname, '..', '..');
type Messages = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }
>;
const LANGS = ['de', 'en'] as const;
const files: Record<(typeof LANGS)[number], Messages> = {
  de: JSON.parse(readFileSync(join(ROOT, '_locales/de/messages.json'), 'utf8')) as Messages,
  en: JSON.parse(readFileSync(join(ROOT, '_locales/en/messages.json'), 'utf8')) as Messages,
};
const manifestText = readFileSync(join(ROOT, 'manifest.json'), 'utf8');

/** Prefixes of UI-string keys (common brief: `popup…`, `card…`, `options…`, `onboarding…`, `bg…`; manifest: `ext…`, `action…`, `command…`). */
const KEY_LIKE = /^(?:ext|action|command|popup|card|options|onboarding|bg)[A-Z][A-Za-z0-9]*$/;

/**
 * Keys built from a template literal at run time, by the pattern the source writes (`${…}` → `*`), with every key
 * the pattern can produce. The values come from reading the code: `Popup.tsx` `TABS` and `ArgumentForm.tsx` `Field`.
 */
const DYNAMIC_KEYS: Record<string, readonly string[]> = {
  'popupTab**': ['popupTabArguments', 'popupTabBriefing', 'popupTabAbout'],
  'optionsField**': ['optionsFieldTitle', 'optionsFieldClaim', 'optionsFieldReasoning', 'optionsFieldSignals', 'optionsFieldObjections'],
};

/** Keys no code names, with the reason they are kept. Empty: every key is used. */
const UNUSED_ALLOWED: Record<string, string> = {};

/**
 * Visible texts with letters that may stay in the code, by file and text, with the reason. Symbols without letters
 * (`×`, `↑`, `▸`, `…`) pass without being listed.
 */
const HARDCODED_ALLOWED: readonly { file: string; text: string; reason: string }[] = [
  { file: 'content/card/index.ts', text: 'A', reason: 'the logo monogram in the pill (aria-hidden), the same in every language' },
];

// --- reading the sources ------------------------------------------------------------------------------------------

function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = `${dir}/${d.name}`;
    if (d.isDirectory()) return walk(rel);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith('.d.ts') ? [rel] : [];
  });
}

interface TCall {
  file: string;
  line: number;
  /** The literal key, or the template pattern (`popupTab**`), or null for any other expression. */
  key: string | null;
  dynamic: boolean;
  /** Arguments after the key; null when a spread makes the count unknown. */
  subs: number | null;
}

interface Scan {
  /** Every complete string literal of the code (template literals with `${…}` are patterns, not literals), comments excluded. */
  literals: Set<string>;
  calls: TCall[];
  /** Hard-coded visible strings: file, line, text, where found. */
  hardcoded: { file: string; line: number; text: string; where: string }[];
}

/** Attributes whose text reaches the user (announced or shown). */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
]);
const HAS_LETTER = /\p{L}/u;

function templatePattern(node: ts.TemplateExpression): string {
  return node.head.text + node.templateSpans.map((s) => `*${s.literal.text}`).join('');
}

/**
 * The string literals an expression can evaluate to without calling anything: `'x'`, `` `a${b}c` `` (its text
 * parts), both branches of `?:`, the right side of `&&`, both sides of `||`/`??`. A call (`t('…')`) yields nothing.
 */
function literalOutcomes(node: ts.Expression | undefined): string[] {
  if (!node) return [];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].filter(Boolean);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return literalOutcomes(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalOutcomes(node.whenTrue), ...literalOutcomes(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalOutcomes(node.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken)
      return [...literalOutcomes(node.left), ...literalOutcomes(node.right)];
  }
  return [];
}

/**
 * Parses one source text and collects its literals, its `t(…)` calls and, for JSX files and the card, its hard-coded
 * visible strings. Exported to the self-test below through {@link scanSources}.
 * @param card true for `content/card/*.ts`: plain-DOM text (`textContent = …`, `el(doc, tag, class, text)`,
 *   `setAttribute('aria-label', …)`, `.title = …`) is checked there.
 */
function scanSource(file: string, text: string, card: boolean, into: Scan): void {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const flag = (n: ts.Node, values: string[], where: string) => {
    for (const v of values) if (HAS_LETTER.test(v)) into.hardcoded.push({ file, line: lineOf(n), text: v.trim(), where });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) into.literals.add(node.text);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't') {
      const [first, ...rest] = node.arguments;
      const spread = rest.some((a) => ts.isSpreadElement(a));
      let key: string | null = null;
      let dynamic = false;
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) key = first.text;
      else if (first && ts.isTemplateExpression(first)) {
        key = templatePattern(first);
        dynamic = true;
      }
      into.calls.push({ file, line: lineOf(node), key, dynamic, subs: spread ? null : rest.length });
    }
    // JSX: text children, literal children `{'…'}`, and text attributes given as literals.
    if (ts.isJsxText(node)) flag(node, [node.text], 'JSX text');
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)))
      flag(node, literalOutcomes(node.expression), 'JSX child expression');
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init)) flag(node, [init.text], `${node.name.getText(sf)} attribute`);
      else if (init && ts.isJsxExpression(init)) flag(node, literalOutcomes(init.expression), `${node.name.getText(sf)} attribute`);
    }
    if (card) {
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(node.left) &&
        ['textContent', 'innerText', 'title', 'ariaLabel', 'placeholder', 'alt'].includes(node.left.name.text)
      )
        flag(node, literalOutcomes(node.right), `${node.left.name.text} =`);
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'el')
        flag(node, literalOutcomes(node.arguments[3]), 'el(…) text');
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'setAttribute' &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0]) &&
        TEXT_ATTRIBUTES.has(node.arguments[0].text)
      )
        flag(node, literalOutcomes(node.arguments[1]), `setAttribute('${node.arguments[0].text}')`);
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'createTextNode')
        flag(node, literalOutcomes(node.arguments[0]), 'createTextNode');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

function scanSources(sources: { file: string; text: string }[]): Scan {
  const scan: Scan = { literals: new Set(), calls: [], hardcoded: [] };
  for (const s of sources) scanSource(s.file, s.text, /^content\/card\/[^/]+\.ts$/.test(s.file), scan);
  return scan;
}

const sourceFiles = [...walk('src'), ...walk('content')];
const scan = scanSources(sourceFiles.map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') })));
const manifestKeys = [...manifestText.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string);

/** `$1`…`$9` and `$NAME$` references in a message (`$$` is a literal dollar sign). */
function references(message: string): string[] {
  return [...message.replace(/\$\$/g, '').matchAll(/\$(?:[A-Za-z_@][A-Za-z0-9_@]*\$|\d)/g)].map((m) => m[0].toUpperCase()).sort();
}

/** The highest `$n` a message needs, after its named placeholders are replaced by their content. */
function highestArgument(entry: Messages[string]): number {
  let text = entry.message;
  for (const [name, ph] of Object.entries(entry.placeholders ?? {})) text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), ph.content);
  return Math.max(0, ...[...text.replace(/\$\$/g, '').matchAll(/\$(\d)/g)].map((m) => Number(m[1])));
}

// --- the locale files -----------------------------------------------------------------------------------------------

describe('locale files', () => {
  test('both languages have exactly the same keys', () => {
    const de = Object.keys(files.de).sort();
    const en = Object.keys(files.en).sort();
    expect(
      de.filter((k) => !en.includes(k)),
      'keys only in German',
    ).toEqual([]);
    expect(
      en.filter((k) => !de.includes(k)),
      'keys only in English',
    ).toEqual([]);
    expect(de.length).toBeGreaterThan(0);
  });

  test('German addresses the user one way throughout: "du", never the formal "Sie" or "Ihr"', () => {
    // Formal address shows as an imperative with "Sie" or a capitalised possessive ("Öffnen Sie", "Ihre Auswahl").
    const formal = /\b[A-ZÄÖÜ][a-zäöüß]+en Sie\b|\bIhr(e|er|en|em|es)?\b|\bIhnen\b/;
    const found = Object.entries(files.de)
      .filter(([, v]) => formal.test(v.message))
      .map(([k, v]) => `${k}: ${v.message}`);
    expect(found).toEqual([]);
  });

  test('keys are valid Chrome i18n names and no message is empty', () => {
    for (const lang of LANGS) {
      for (const [key, entry] of Object.entries(files[lang])) {
        expect(key, `${lang}: key name`).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(typeof entry.message, `${lang}.${key}.message`).toBe('string');
        expect(entry.message.trim(), `${lang}.${key} is empty`).not.toBe('');
      }
    }
  });

  test('placeholders ($NAME$ and $1) match between the languages and are defined', () => {
    for (const key of Object.keys(files.en)) {
      const de = files.de[key];
      const en = files.en[key];
      if (!de || !en) continue; // reported by the same-keys test
      expect(references(de.message), `${key}: placeholders used`).toEqual(references(en.message));
      const defs = (e: Messages[string]) =>
        Object.entries(e.placeholders ?? {})
          .map(([n, p]) => `${n.toUpperCase()}=${p.content}`)
          .sort();
      expect(defs(de), `${key}: placeholder definitions`).toEqual(defs(en));
      for (const lang of LANGS) {
        const entry = files[lang][key] as Messages[string];
        const named = references(entry.message).filter((r) => r.endsWith('$'));
        const defined = Object.keys(entry.placeholders ?? {}).map((n) => `$${n.toUpperCase()}$`);
        // Chrome shows a named placeholder without a definition literally; a definition nobody uses is a slip.
        expect(
          named.filter((r) => !defined.includes(r)),
          `${lang}.${key}: undefined placeholders`,
        ).toEqual([]);
        expect(
          defined.filter((d) => !named.includes(d)),
          `${lang}.${key}: unused placeholder definitions`,
        ).toEqual([]);
        // A lone `$` that is neither `$$`, `$n` nor `$NAME$` is dropped by Chrome.
        const stray = entry.message.replace(/\$\$/g, '').replace(/\$(?:[A-Za-z_@][A-Za-z0-9_@]*\$|\d)/g, '');
        expect(stray.includes('$'), `${lang}.${key}: stray $ in "${entry.message}"`).toBe(false);
      }
    }
  });

  test('the German file writes umlauts and ß, not ASCII substitutes', () => {
    // Word stems that exist only as substitutes (fuer, ueber, koennen, …); "neue", "Quelle", "aktuell" are real words.
    const substitute =
      /fuer|ueber|koenn|muess|moecht|moeglich|waehl|aender|loesch|fueg|schluessel|oeffn|oeffentl|groess|zurueck|spaet|frueh|naechst|erklaer|gehoer|faell|laeng|staerk|waere|wuerd|fuehr|pruef|aehnlich|noetig|zusaetz|taetig|unterstuetz|beitraeg|kuerz|gespraech|erlaeuter|schoen|hoeh|naehe|geraet|buero|aeusser|bestaetig|haeufig|zaehl|ueblich|saetz|gruess|schliess|heiss|weiss|strasse|massnahm|gross/i;
    const found: string[] = [];
    for (const [key, entry] of Object.entries(files.de)) {
      for (const word of entry.message.split(/[^\p{L}]+/u)) if (substitute.test(word)) found.push(`${key}: ${word}`);
    }
    expect(found).toEqual([]);
    // And the file does use them (a file saved as ASCII would pass the check above by having no words at all).
    const all = Object.values(files.de)
      .map((e) => e.message)
      .join(' ');
    for (const ch of ['ä', 'ö', 'ü', 'ß', '„']) expect(all, `German text contains ${ch}`).toContain(ch);
  });

  test('the German texts are German: the UI strings that differ from English are the large majority', () => {
    const keys = Object.keys(files.en);
    const same = keys.filter((k) => files.de[k]?.message === files.en[k]?.message);
    // Names (Argumentarium, Confluence, Notion, HTML, Markdown, IT, English/Deutsch as language names) may be equal.
    expect(same.length / keys.length).toBeLessThan(0.1);
  });
});

// --- the code against the locale files -------------------------------------------------------------------------------

describe('keys used by the code', () => {
  test('the scanner sees the sources (sanity)', () => {
    expect(sourceFiles.length).toBeGreaterThan(20);
    expect(scan.calls.length).toBeGreaterThan(100);
  });

  test('every t("key") with a literal key exists in both files', () => {
    const missing = scan.calls
      .filter((c) => c.key !== null && !c.dynamic)
      .flatMap((c) => LANGS.filter((l) => !files[l][c.key as string]).map((l) => `${c.file}:${c.line} ${c.key} (${l})`));
    expect(missing).toEqual([]);
  });

  test('every key-like string literal (popup…, card…, options…, onboarding…, bg…) exists in both files', () => {
    // Covers keys passed around before reaching t(): maps such as GROUP_KEYS, AUDIENCE_KEYS, `t(cond ? 'a' : 'b')`.
    const missing = [...scan.literals]
      .filter((s) => KEY_LIKE.test(s))
      .flatMap((k) => LANGS.filter((l) => !files[l][k]).map((l) => `${k} (${l})`));
    expect(missing).toEqual([]);
  });

  test('keys built at run time are all listed, and each listed key exists', () => {
    const patterns = [...new Set(scan.calls.filter((c) => c.dynamic).map((c) => c.key as string))].sort();
    expect(patterns, 'template-literal keys in t(`…`) with placeholders: list each in DYNAMIC_KEYS').toEqual(
      Object.keys(DYNAMIC_KEYS).sort(),
    );
    for (const [pattern, keys] of Object.entries(DYNAMIC_KEYS)) {
      const re = new RegExp(`^${pattern.replace(/\*+/g, '[A-Z][A-Za-z0-9]*')}$`);
      for (const k of keys) {
        expect(k, `${k} fits ${pattern}`).toMatch(re);
        for (const l of LANGS) expect(files[l][k], `${k} in ${l}`).toBeDefined();
      }
    }
  });

  test('every __MSG_x__ in manifest.json exists in both files', () => {
    expect(manifestKeys.length).toBeGreaterThanOrEqual(3);
    expect(manifestText).toMatch(/"default_locale"\s*:\s*"(en|de)"/);
    for (const k of manifestKeys) for (const l of LANGS) expect(files[l][k], `${k} in ${l}`).toBeDefined();
  });

  test('no unused keys (apart from the allow-list, with reasons)', () => {
    const dynamic = new Set(Object.values(DYNAMIC_KEYS).flat());
    const unused = Object.keys(files.en).filter(
      (k) => !scan.literals.has(k) && !manifestKeys.includes(k) && !dynamic.has(k) && !(k in UNUSED_ALLOWED),
    );
    expect(unused).toEqual([]);
    for (const k of Object.keys(UNUSED_ALLOWED)) expect(files.en[k], `allow-listed ${k} still exists`).toBeDefined();
  });

  test('t("key", …) passes as many substitutions as the message uses', () => {
    const short: string[] = [];
    for (const c of scan.calls) {
      if (c.key === null || c.dynamic || c.subs === null) continue;
      for (const l of LANGS) {
        const entry = files[l][c.key];
        if (entry && highestArgument(entry) > c.subs)
          short.push(`${c.file}:${c.line} ${c.key} (${l}) needs ${highestArgument(entry)}, gets ${c.subs}`);
      }
    }
    expect(short).toEqual([]);
  });
});

// --- hard-coded UI strings ---------------------------------------------------------------------------------------------

describe('no hard-coded UI strings', () => {
  test('the scanner finds hard-coded strings where they would be (self-test on written examples)', () => {
    const probe = scanSources([
      {
        file: 'probe/Example.tsx',
        text: `export const A = () => (<div title="Close">Hello <b>{'World'}</b>{x ? 'Yes' : t('ok')}<input placeholder={\`Search \${n}\`} aria-label={t('k')} /><span>×</span><i>{'↑'}</i></div>);`,
      },
      {
        file: 'content/card/probe.ts',
        text: `node.textContent = 'Copied'; other.textContent = t('cardCopy'); el(doc, 'p', 'x', 'Hi'); b.setAttribute('aria-label', 'Close'); b.title = '×';`,
      },
    ]);
    expect(probe.hardcoded.map((h) => h.text).sort()).toEqual(['Close', 'Close', 'Copied', 'Hello', 'Hi', 'Search', 'World', 'Yes'].sort());
  });

  test('no literal visible text in .tsx files and in the card (outside the allow-list)', () => {
    const found = scan.hardcoded
      .filter((h) => !HARDCODED_ALLOWED.some((a) => a.file === h.file && a.text === h.text))
      .map((h) => `${h.file}:${h.line} ${h.where}: "${h.text}"`);
    expect(found).toEqual([]);
    // Each allow-list entry still matches something (a stale entry would hide nothing and mislead).
    for (const a of HARDCODED_ALLOWED)
      expect(
        scan.hardcoded.some((h) => h.file === a.file && h.text === a.text),
        `${a.file}: ${a.text}`,
      ).toBe(true);
  });
});

describe('t() over the browser’s i18n API', () => {
  test('asks the browser once per key and substitutions, and again after a new lookup function', () => {
    const calls: string[] = [];
    const lookup = (key: string, subs?: string[]) => {
      calls.push([key, ...(subs ?? [])].join('|'));
      return key === 'missing' ? '' : `${key}:${(subs ?? []).join(',')}`;
    };
    useMessages(null);
    useBrowserI18n(lookup);
    try {
      expect(t('cardHeading')).toBe('cardHeading:');
      expect(t('cardHeading')).toBe('cardHeading:');
      expect(t('cardCopied', 'A')).toBe('cardCopied:A');
      expect(t('cardCopied', 'B')).toBe('cardCopied:B');
      expect(t('cardCopied', 'A')).toBe('cardCopied:A');
      // A key without a string shows itself, and is not asked for again either.
      expect(t('missing')).toBe('missing');
      expect(t('missing')).toBe('missing');
      expect(calls).toEqual(['cardHeading', 'cardCopied|A', 'cardCopied|B', 'missing']);
      useBrowserI18n(lookup);
      t('cardHeading');
      expect(calls).toHaveLength(5);
      // A loaded dictionary (the other language) wins over the browser.
      useMessages({ cardHeading: { message: 'Argumente zu dieser Seite' } });
      expect(t('cardHeading')).toBe('Argumente zu dieser Seite');
    } finally {
      useMessages(null);
      useBrowserI18n(() => '');
    }
  });
});
