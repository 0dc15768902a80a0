/**
 * Scoring throughput for `npm run bench`: runs the relevance area's `scripts/bench-scoring.mjs` (rankArguments on
 * 1 MB of text against the floor of one `normalize('NFC').toLowerCase()` pass over the same text) in a child
 * process, so its own setup and output stay as its owner wrote them, and hands its figures to the bench table.
 *
 * Its output is read as it prints it for people: the lines `normalize('NFC').toLowerCase(): X ms`,
 * `rankArguments: Y ms` and `Text: N UTF-16 code units (M MB UTF-8)`. Should it ever print a JSON object as its last
 * line, that is taken as is. Anything unrecognised is passed through as text.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the figures from bench-scoring's printout.
 * @param {string} text its standard output
 * @returns {{ floorMs: number, scoreMs: number, ratio: number, megabytes: number | null } | null} null when the lines
 *   are not there
 */
export function parseScoring(text) {
  const floor = /toLowerCase\(\)\s*:\s*([\d.]+)\s*ms/.exec(text);
  const score = /rankArguments\s*:\s*([\d.]+)\s*ms/.exec(text);
  if (!floor || !score) return null;
  const mb = /\(([\d.]+)\s*MB UTF-8\)/.exec(text);
  const floorMs = Number(floor[1]);
  const scoreMs = Number(score[1]);
  return { floorMs, scoreMs, ratio: scoreMs / floorMs, megabytes: mb ? Number(mb[1]) : null };
}

/**
 * @param {string} root repository root
 * @param {{ timeoutMs?: number }} [options] the child is killed after `timeoutMs` (default 90 000)
 * @returns {Promise<{ available: boolean, figures: ReturnType<typeof parseScoring>, json: Record<string, unknown> | null, text: string, note?: string }>}
 */
export async function scoringThroughput(root, { timeoutMs = 90_000 } = {}) {
  const file = join(root, 'scripts', 'bench-scoring.mjs');
  if (!existsSync(file)) {
    return { available: false, figures: null, json: null, text: '', note: 'scripts/bench-scoring.mjs is not there (relevance area)' };
  }
  const child = spawn(process.execPath, [file], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const lines = stdout.trim().split('\n');
  let json = null;
  for (let i = lines.length - 1; i >= 0 && json === null; i--) {
    const line = lines[i].trim();
    if (!line.startsWith('{')) continue;
    try {
      json = JSON.parse(line);
    } catch {
      // not the JSON line
    }
  }
  const text = lines
    .filter((l) => !l.trim().startsWith('{'))
    .join('\n')
    .trim();
  const figures = parseScoring(text);
  if (code !== 0) {
    const note = `bench-scoring exited with ${code}${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}`;
    return { available: true, figures, json, text, note };
  }
  return { available: true, figures, json, text };
}
