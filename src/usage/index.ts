/**
 * The private usage record: which arguments were copied, how often, on which kind
 * of site. Kept only in `storage.local` under one key; nothing of it is ever sent anywhere.
 * The background is the single writer (it handles `{type:'copied'}` messages one at a time);
 * the options page reads, exports (CSV) and erases it.
 */
import { catalog } from '../catalog';
import type { Argument, Lang } from '../catalog/types';
import { textOf } from '../catalog/types';
import { t } from '../i18n';
import { readLocal, removeLocal, writeLocal } from '../platform/storage-areas';
import type { SiteKind } from '../site-groups';

/** The `storage.local` key of the record. */
export const USAGE_KEY = 'usage';
/** Version of the stored shape. */
export const USAGE_VERSION = 1;
/** Most distinct arguments kept; the least recently used are dropped first, so the record stays small. */
export const MAX_USAGE_ARGUMENTS = 2000;

const SITE_KINDS: readonly SiteKind[] = ['social', 'document', 'intranet', 'other'];
const SITE_KIND_KEYS: Record<SiteKind, string> = {
  social: 'bgSiteKindSocial',
  document: 'bgSiteKindDocument',
  intranet: 'bgSiteKindIntranet',
  other: 'bgSiteKindOther',
};

/** Counts for one argument on one kind of site. Times are ISO 8601 UTC strings. */
export interface UsageCount {
  count: number;
  first: string;
  last: string;
}

/** The stored record: per argument id, per site kind. */
export interface UsageRecord {
  version: typeof USAGE_VERSION;
  byArgument: Record<string, Partial<Record<SiteKind, UsageCount>>>;
}

/** One row of the record, as the options page and the CSV show it. */
export interface UsageRow {
  argumentId: string;
  siteKind: SiteKind;
  count: number;
  first: string;
  last: string;
}

function emptyRecord(): UsageRecord {
  return { version: USAGE_VERSION, byArgument: Object.create(null) };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Keeps only well-formed entries of a stored record (stored data may be damaged); never throws. */
export function repairUsage(raw: unknown): UsageRecord {
  const out = emptyRecord();
  const by = typeof raw === 'object' && raw !== null ? (raw as { byArgument?: unknown }).byArgument : undefined;
  if (typeof by !== 'object' || by === null) return out;
  for (const [id, kinds] of Object.entries(by)) {
    if (!isArgumentId(id) || typeof kinds !== 'object' || kinds === null) continue;
    const entry: Partial<Record<SiteKind, UsageCount>> = {};
    for (const kind of SITE_KINDS) {
      const c = Object.hasOwn(kinds, kind) ? (kinds as Record<string, unknown>)[kind] : undefined;
      if (typeof c !== 'object' || c === null) continue;
      const { count, first, last } = c as Record<string, unknown>;
      if (
        Number.isSafeInteger(count) &&
        (count as number) > 0 &&
        typeof first === 'string' &&
        ISO.test(first) &&
        typeof last === 'string' &&
        ISO.test(last)
      ) {
        entry[kind] = { count: count as number, first, last };
      }
    }
    if (Object.keys(entry).length) out.byArgument[id] = entry;
  }
  return out;
}

/** Argument ids are kebab-case built-ins, `user-…` or `managed-…`: letters, digits, `-` and `_`, at most 100. */
function isArgumentId(id: unknown): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(id) && id !== '__proto__';
}

/** Site kind from a message; anything unknown counts as `other`. */
export function toSiteKind(value: unknown): SiteKind {
  return SITE_KINDS.includes(value as SiteKind) ? (value as SiteKind) : 'other';
}

/** The stored record, repaired if damaged; empty when there is none. */
export async function loadUsageRecord(): Promise<UsageRecord> {
  return repairUsage(await readLocal(USAGE_KEY));
}

/** The record as rows, most copied first (ties: most recent first, then id). */
export function usageRows(record: UsageRecord): UsageRow[] {
  const rows: UsageRow[] = [];
  for (const [argumentId, kinds] of Object.entries(record.byArgument)) {
    for (const kind of SITE_KINDS) {
      const c = kinds[kind];
      if (c) rows.push({ argumentId, siteKind: kind, ...c });
    }
  }
  return rows.sort(
    (a, b) =>
      b.count - a.count || b.last.localeCompare(a.last) || a.argumentId.localeCompare(b.argumentId) || a.siteKind.localeCompare(b.siteKind),
  );
}

/** The record as rows (see {@link usageRows}). */
export async function loadUsage(): Promise<UsageRow[]> {
  return usageRows(await loadUsageRecord());
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Adds one copy of `argumentId` on a `siteKind` page at `now`.
 * Writes are queued so two quick copies never overwrite each other, and verified by reading back.
 * @throws Error for an id that is not an argument id (nothing is stored), or when storage fails
 *   (e.g. quota); the record is then unchanged.
 */
export function recordCopy(argumentId: string, siteKind: SiteKind | string, now: Date = new Date()): Promise<UsageRow[]> {
  if (!isArgumentId(argumentId))
    return Promise.reject(new Error(`not an argument id: ${JSON.stringify(String(argumentId)).slice(0, 120)}`));
  const kind = toSiteKind(siteKind);
  const at = now.toISOString();
  const run = queue.then(async () => {
    const record = await loadUsageRecord();
    const entry = record.byArgument[argumentId] ?? {};
    const c = entry[kind];
    entry[kind] = c ? { count: c.count + 1, first: c.first, last: at } : { count: 1, first: at, last: at };
    record.byArgument[argumentId] = entry;
    trim(record);
    await writeLocal(USAGE_KEY, record);
    const check = await loadUsageRecord();
    if (check.byArgument[argumentId]?.[kind]?.last !== at) throw new Error('the usage record could not be saved');
    return usageRows(check);
  });
  queue = run.catch(() => undefined);
  return run;
}

function trim(record: UsageRecord): void {
  const ids = Object.keys(record.byArgument);
  if (ids.length <= MAX_USAGE_ARGUMENTS) return;
  const lastOf = (id: string) => Object.values(record.byArgument[id] ?? {}).reduce((m, c) => (c && c.last > m ? c.last : m), '');
  ids.sort((a, b) => lastOf(a).localeCompare(lastOf(b)));
  for (const id of ids.slice(0, ids.length - MAX_USAGE_ARGUMENTS)) delete record.byArgument[id];
}

/** Erases the whole record. */
export async function clearUsage(): Promise<void> {
  await queue;
  await removeLocal(USAGE_KEY);
}

/**
 * One CSV field per RFC 4180 §2: quoted when it contains a comma, a quote, CR or LF, quotes doubled.
 * A field that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a
 * leading apostrophe (OWASP "CSV injection"), since argument titles can be the user's own text.
 */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The rows as CSV (RFC 4180: comma-separated, CRLF line ends, header line first).
 * Columns: argument id, title in `lang` (empty for an argument no longer in `args`), site kind,
 * copies, first and last copy (ISO 8601 UTC). Header and site-kind labels come from `t()`, so they
 * follow the UI language loaded by the caller.
 */
export function usageToCsv(rows: UsageRow[], lang: Lang, args: readonly Argument[]): string {
  const byId = new Map(args.map((a) => [a.id, a]));
  const header = [
    t('bgUsageCsvId'),
    t('bgUsageCsvTitle'),
    t('bgUsageCsvSite'),
    t('bgUsageCsvCount'),
    t('bgUsageCsvFirst'),
    t('bgUsageCsvLast'),
  ];
  const lines = [header.map(csvField).join(',')];
  for (const r of rows) {
    const arg = byId.get(r.argumentId);
    const title = arg ? textOf(arg, lang).title : '';
    lines.push([r.argumentId, title, t(SITE_KIND_KEYS[r.siteKind]), r.count, r.first, r.last].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The stored record as CSV (see {@link usageToCsv}); `args` gives the titles (pass the effective catalog; default: built-ins). */
export async function usageCsv(lang: Lang, args: readonly Argument[] = catalog): Promise<string> {
  return usageToCsv(await loadUsage(), lang, args);
}
