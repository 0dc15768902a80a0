/**
 * Import and export of the user's data as a versioned JSON file:
 *
 * ```json
 * { "format": "argumentarium", "version": 1, "exportedAt": "2026-11-29T18:00:00.000Z",
 *   "arguments": [{ "id": "user-…", "text": { "de": {…}, "en": {…} }, "sources": […] }],
 *   "hidden": ["criticism"],
 *   "settings": { "lang": "de", "hintMode": {…}, … } }
 * ```
 *
 * `parseImport` checks a file completely before anything changes and describes
 * the first problem with its line and column. Decisions on the listed bad files:
 * - a UTF-8 byte-order mark (Windows editors write one) is ACCEPTED and stripped, with a warning;
 * - decomposed umlauts (NFD, as macOS file names and some editors produce) are ACCEPTED and
 *   normalised to NFC, with a warning that gives the position of the first one;
 * - a trailing comma, a file cut off half-way, a `__proto__` key, a duplicate key, more than
 *   {@link MAX_IMPORT_ARGUMENTS} arguments, more than {@link MAX_IMPORT_CHARS} characters,
 *   an unknown field, a wrong format or a newer version are REFUSED with a message and position.
 * `applyImport` then writes everything or nothing (`saveAll` in `src/platform/storage.ts`).
 */
import { t } from '../i18n';
import { EXPORTED_SETTING_KEYS, loadSettings, loadUserArguments, saveAll } from '../platform/storage';
import { formatPath, isRecord, Problems, stableJson, type UserArgument, validateUserArguments } from './arguments';
import type { Settings } from './index';
import { escapePointer, type JsonErrorCode, JsonParseError, MAX_JSON_DEPTH, parseJson, positionOf, type TextPosition } from './json';
import { validateSettingsPatch } from './validate';

/** The `format` value of an export file. */
export const EXPORT_FORMAT = 'argumentarium';
/** The file schema version written by {@link serializeExport}. */
export const EXPORT_VERSION = 1;
/** Most arguments one file may hold; the same as what storage keeps (`MAX_USER_ARGUMENTS`). */
export const MAX_IMPORT_ARGUMENTS = 500;
/** Largest file accepted, in characters (UTF-16 code units): 500 arguments at their limits stay below it. */
export const MAX_IMPORT_CHARS = 8_000_000;

/** The data a file carries, canonical and valid. `hidden` and `settings` are left out when the file has none. */
export interface TransferData {
  arguments: UserArgument[];
  hidden?: string[];
  settings?: Partial<Settings>;
}

/** The user's data now, to compare an import against. */
export interface CurrentData {
  userArguments: readonly UserArgument[];
  settings: Settings;
}

/** How an import treats arguments not in the file: `replace` removes them (restore a backup); `merge` keeps them (add a colleague's). */
export type ImportMode = 'replace' | 'merge';

/** What an import would change. Arguments are given whole, so the UI can show their title in its language. */
export interface ImportPreview {
  added: UserArgument[];
  changed: UserArgument[];
  removed: UserArgument[];
  /** Built-in ids that would become hidden / visible. */
  hidden: { added: string[]; removed: string[] };
  /** Setting keys whose value would change. */
  settings: string[];
}

/** Why a file was refused: a JSON syntax problem ({@link JsonErrorCode}) or one of the file as a whole. */
export type ImportErrorCode = JsonErrorCode | 'not-text' | 'too-large' | 'not-argumentarium' | 'newer-version' | 'too-many' | 'invalid';

/** A refused file: a translated message that includes the position, and the position itself. */
export interface ImportError extends TextPosition {
  code: ImportErrorCode;
  message: string;
  /** The message without the position, for a UI that shows the position separately. */
  detail: string;
}

/** Something an accepted file needed fixing (a byte-order mark, decomposed characters). */
export interface ImportWarning extends TextPosition {
  code: 'bom' | 'nfc';
  message: string;
}

/** Result of {@link parseImport}. */
export type ImportResult =
  | { ok: true; data: TransferData; preview: ImportPreview; warnings: ImportWarning[] }
  | { ok: false; error: ImportError; problems: ImportError[] };

const JSON_MESSAGES: Record<JsonParseError['code'], string> = {
  empty: 'optionsJsonEmpty',
  truncated: 'optionsJsonTruncated',
  'trailing-comma': 'optionsJsonTrailingComma',
  'proto-key': 'optionsJsonProtoKey',
  'duplicate-key': 'optionsJsonDuplicateKey',
  'too-deep': 'optionsJsonTooDeep',
  unexpected: 'optionsJsonUnexpected',
  'control-char': 'optionsJsonControlChar',
  'bad-escape': 'optionsJsonBadEscape',
  'bad-number': 'optionsJsonBadNumber',
  'trailing-data': 'optionsJsonTrailingData',
};

/** The export file for the given data, as pretty-printed JSON (2 spaces, LF line ends, final newline). */
export function serializeExport(data: TransferData, exportedAt: Date = new Date()): string {
  const file: Record<string, unknown> = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    arguments: data.arguments.map(({ id, text, sources }) => (sources?.length ? { id, text, sources } : { id, text })),
  };
  if (data.hidden) file.hidden = data.hidden;
  if (data.settings) file.settings = data.settings;
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for an export: `argumentarium-2026-11-29.json`. */
export function exportFileName(date: Date = new Date()): string {
  return `argumentarium-${date.toISOString().slice(0, 10)}.json`;
}

/** The offset of the value at `path`, or of its nearest enclosing value that has one. */
function offsetOf(offsets: Map<string, number>, path: readonly (string | number)[]): number {
  for (let n = path.length; n >= 0; n--) {
    const key = path
      .slice(0, n)
      .map((s) => `/${escapePointer(String(s))}`)
      .join('');
    const o = offsets.get(key);
    if (o !== undefined) return o;
  }
  return 0;
}

/** Finds the first string (value or key) that NFC normalisation would change, and counts them. */
function findDecomposed(v: unknown, path: string, found: { first?: string; count: number }): void {
  if (typeof v === 'string') {
    if (v !== v.normalize('NFC')) {
      found.count++;
      found.first ??= path;
    }
  } else if (Array.isArray(v)) {
    for (const [k, e] of v.entries()) findDecomposed(e, `${path}/${k}`, found);
  } else if (isRecord(v)) for (const [k, e] of Object.entries(v)) findDecomposed(e, `${path}/${escapePointer(k)}`, found);
}

const TOP_LEVEL = ['format', 'version', 'exportedAt', 'arguments', 'hidden', 'settings'];

/**
 * Parses and validates an import file completely; changes nothing.
 * @param text the file's text (as `File.text()` gives it: UTF-8 decoded; a BOM may remain as U+FEFF)
 * @param current the user's data now, for the preview (without it, every argument counts as added)
 * @param mode see {@link ImportMode}; only the preview depends on it
 * @returns the valid data with a preview and warnings, or the first error (with up to 20 further problems)
 */
export function parseImport(text: unknown, current?: CurrentData, mode: ImportMode = 'replace'): ImportResult {
  if (typeof text !== 'string') return refuse('not-text', t('optionsImportNotText'), { offset: 0, line: 1, column: 1 });
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = (offset: number) => positionOf(text, offset, bom);
  if (text.length > MAX_IMPORT_CHARS) return refuse('too-large', t('optionsImportTooLarge', String(MAX_IMPORT_CHARS)), at(bom));

  let parsed: ReturnType<typeof parseJson>;
  try {
    parsed = parseJson(text, bom);
  } catch (e) {
    if (!(e instanceof JsonParseError)) throw e;
    return refuse(e.code, t(JSON_MESSAGES[e.code], e.detail, String(MAX_JSON_DEPTH)), at(e.offset));
  }
  const { value, offsets } = parsed;
  const pos = (path: readonly (string | number)[]) => at(offsetOf(offsets, path));

  if (!isRecord(value) || value.format !== EXPORT_FORMAT) {
    return refuse('not-argumentarium', t('optionsImportNotArgumentarium'), pos(isRecord(value) && 'format' in value ? ['format'] : []));
  }
  if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1) {
    return refuse('invalid', t('optionsErrOneOf', 'version', String(EXPORT_VERSION)), pos(['version']));
  }
  if (value.version > EXPORT_VERSION)
    return refuse('newer-version', t('optionsImportNewerVersion', String(value.version)), pos(['version']));
  if (Array.isArray(value.arguments) && value.arguments.length > MAX_IMPORT_ARGUMENTS) {
    return refuse(
      'too-many',
      t('optionsImportTooMany', String(value.arguments.length), String(MAX_IMPORT_ARGUMENTS)),
      pos(['arguments', MAX_IMPORT_ARGUMENTS]),
    );
  }

  const p = new Problems();
  p.unknownFields(value, TOP_LEVEL, []);
  if (value.exportedAt !== undefined && typeof value.exportedAt !== 'string') p.add(['exportedAt'], 'optionsErrTextOptional', '40');
  if (value.arguments === undefined) p.add(['arguments'], 'optionsErrMissing');
  const args = value.arguments === undefined ? undefined : validateUserArguments(value.arguments, ['arguments'], p);
  let hidden: string[] | undefined;
  if (value.hidden !== undefined) {
    const r = validateSettingsPatch({ hidden: value.hidden });
    if (r.ok) hidden = r.patch.hidden;
    else p.list.push(...r.problems);
  }
  let settings: Partial<Settings> | undefined;
  if (value.settings !== undefined) {
    if (isRecord(value.settings) && 'hidden' in value.settings) p.add(['settings', 'hidden'], 'optionsErrUnknownField');
    else {
      const r = validateSettingsPatch(value.settings, ['settings']);
      if (r.ok) settings = r.patch;
      else p.list.push(...r.problems);
    }
  }
  if (p.list.length || !args) {
    const problems: ImportError[] = p.list.slice(0, 21).map((pr) => problem('invalid', pr.message, pos(pr.path)));
    const [first, ...rest] = problems.length ? problems : [problem('invalid', t('optionsStorageInvalid'), pos([]))];
    return { ok: false, error: first as ImportError, problems: rest };
  }

  const warnings: ImportWarning[] = [];
  if (bom) warnings.push({ code: 'bom', message: t('optionsImportBomRemoved'), ...at(0) });
  const decomposed: { first?: string; count: number } = { count: 0 };
  findDecomposed(value, '', decomposed);
  if (decomposed.first !== undefined) {
    const w = at(offsets.get(decomposed.first) ?? 0);
    warnings.push({ code: 'nfc', message: t('optionsImportNormalised', String(decomposed.count), String(w.line), String(w.column)), ...w });
  }

  const data: TransferData = { arguments: args };
  if (hidden) data.hidden = hidden;
  if (settings) data.settings = settings;
  return { ok: true, data, preview: previewImport(data, current, mode), warnings };
}

/** The result for a file refused by its size alone, before it is read (a UI knows `File.size` up front). */
export function tooLargeResult(): ImportResult {
  return refuse('too-large', t('optionsImportTooLarge', String(MAX_IMPORT_CHARS)), { offset: 0, line: 1, column: 1 });
}

function problem(code: ImportErrorCode, detail: string, where: TextPosition): ImportError {
  return { code, detail, message: t('optionsImportErrorAt', String(where.line), String(where.column), detail), ...where };
}

function refuse(code: ImportErrorCode, detail: string, where: TextPosition): ImportResult {
  return { ok: false, error: problem(code, detail, where), problems: [] };
}

/** What applying `data` in `mode` would change, compared with `current`. */
export function previewImport(data: TransferData, current: CurrentData | undefined, mode: ImportMode): ImportPreview {
  const mine = new Map((current?.userArguments ?? []).map((a) => [a.id, a]));
  const theirs = new Set(data.arguments.map((a) => a.id));
  const preview: ImportPreview = { added: [], changed: [], removed: [], hidden: { added: [], removed: [] }, settings: [] };
  for (const a of data.arguments) {
    const old = mine.get(a.id);
    if (!old) preview.added.push(a);
    else if (stableJson(old) !== stableJson(a)) preview.changed.push(a);
  }
  if (mode === 'replace') for (const a of mine.values()) if (!theirs.has(a.id)) preview.removed.push(a);
  const hiddenNow = current?.settings.hidden ?? [];
  const hiddenNext = importedHidden(data, hiddenNow, mode);
  preview.hidden.added = hiddenNext.filter((id) => !hiddenNow.includes(id));
  preview.hidden.removed = hiddenNow.filter((id) => !hiddenNext.includes(id));
  for (const [k, v] of Object.entries(data.settings ?? {})) {
    if (!current || stableJson(current.settings[k as keyof Settings]) !== stableJson(v)) preview.settings.push(k);
  }
  return preview;
}

function importedHidden(data: TransferData, now: readonly string[], mode: ImportMode): string[] {
  if (!data.hidden) return [...now];
  return mode === 'replace' ? [...data.hidden] : [...new Set([...now, ...data.hidden])];
}

/**
 * The arguments and the settings patch that applying `data` in `mode` writes.
 * In `merge` mode, arguments from the file replace those with the same id and the others are kept.
 */
export function importResult(
  data: TransferData,
  current: CurrentData,
  mode: ImportMode,
): { userArguments: UserArgument[]; patch: Partial<Settings> } {
  let userArguments: UserArgument[];
  if (mode === 'replace') userArguments = [...data.arguments];
  else {
    const incoming = new Map(data.arguments.map((a) => [a.id, a]));
    userArguments = current.userArguments.map((a) => incoming.get(a.id) ?? a);
    const have = new Set(userArguments.map((a) => a.id));
    for (const a of data.arguments) if (!have.has(a.id)) userArguments.push(a);
  }
  const patch: Partial<Settings> = { ...data.settings };
  if (data.hidden) patch.hidden = importedHidden(data, current.settings.hidden, mode);
  return { userArguments, patch };
}

/**
 * The user's data as an export file's text: their arguments, the hidden built-ins and,
 * unless `includeSettings` is false, their settings.
 */
export async function exportData(includeSettings = true): Promise<string> {
  const [{ settings }, userArguments] = await Promise.all([loadSettings(), loadUserArguments()]);
  const data: TransferData = { arguments: userArguments, hidden: settings.hidden };
  if (includeSettings) data.settings = Object.fromEntries(EXPORTED_SETTING_KEYS.map((k) => [k, settings[k]])) as Partial<Settings>;
  return serializeExport(data);
}

/**
 * Applies validated import data: all or nothing. Reads the current data itself, so a change
 * made since the preview is taken into account rather than overwritten.
 * @throws StorageError (`src/platform/storage.ts`); storage is then as it was before
 */
export async function applyImport(data: TransferData, mode: ImportMode = 'replace'): Promise<void> {
  const [{ settings }, userArguments] = await Promise.all([loadSettings(), loadUserArguments()]);
  const next = importResult(data, { settings, userArguments }, mode);
  await saveAll(next.patch, next.userArguments);
}

/** `arguments[3].title` for messages; re-exported for the UI. */
export { formatPath };
