/**
 * axe-core in a page of the built extension (Chromium, through Playwright): the installed package's `axe.min.js`
 * evaluated through the DevTools protocol (an injected `<script>` would be refused by the extension pages' CSP
 * `script-src 'self'`), every rule axe runs by default on (WCAG 2.0–2.2 A/AA and best practices). Used by
 * `a11y.test.ts` and the side panel's suite (`sidepanel.ts`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { E2EPage } from '../../scripts/e2e/index.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe violation, reduced to what a failure message needs. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** What axe found in one run. */
export interface AxeFindings {
  violations: Violation[];
  /** Checks axe could not decide (e.g. contrast over an image), as `rule: target: reason`. */
  incomplete: string[];
  /** Elements whose colour contrast axe computed and found sufficient (proof that the check ran). */
  contrastPasses: number;
}

/**
 * Runs axe-core in the page.
 * @param include CSS selector of the part to check (the card: its host, whose open shadow tree axe enters);
 *   the whole document when absent.
 */
export async function axe(page: E2EPage, include?: string): Promise<AxeFindings> {
  const p = page.raw as Page;
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE_SOURCE);
  return p.evaluate(async (sel) => {
    type Node = { target: unknown[]; failureSummary?: string; any: { message: string }[] };
    type Rule = { id: string; impact: string | null; help: string; nodes: Node[] };
    type AxeResult = { violations: Rule[]; incomplete: Rule[]; passes: Rule[] };
    const run = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResult> } }).axe.run;
    const result = await run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations', 'incomplete'] });
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), summary: n.failureSummary ?? '' })),
      })),
      incomplete: result.incomplete.flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}: ${n.any.map((a) => a.message).join('; ')}`),
      ),
      contrastPasses: result.passes.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0,
    };
  }, include ?? null);
}

/** Readable failure text: rule, impact, and the first nodes with axe's summary. */
export function describeViolations(vs: Violation[]): string {
  return vs
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 4)
          .map((n) => `  ${n.target}: ${n.summary}`)
          .join('\n')}`,
    )
    .join('\n');
}
