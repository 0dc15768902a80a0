/**
 * Scoring throughput for `npm run bench`: runs the relevance area's `scripts/bench-scoring.mjs` (rankArguments on
 * 1 MB of text against the floor of one `normalize('NFC').toLowerCase()` pass over the same text) in a child
 * process, so its own setup and output stay as its owner wrote them, and hands its figures to the bench table.
 *
 * Contract with that script: with `--json` it prints a JSON object as its last line of output. Without such a
 * line its whole output is passed through as text.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} root repository root
 * @param {{ timeoutMs?: number }} [options] the child is killed after `timeoutMs` (default 90 000)
 * @returns {Promise<{ available: boolean, json: Record<string, unknown> | null, text: string, note?: string }>}
 */
export async function scoringThroughput(root, { timeoutMs = 90_000 } = {}) {
  const file = join(root, 'scripts', 'bench-scoring.mjs');
  if (!existsSync(file)) return { available: false, json: null, text: '', note: 'scripts/bench-scoring.mjs is not there (relevance area)' };
  const child = spawn(process.execPath, [file, '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BENCH_JSON: '1' } });
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
  const text = lines.filter((l) => !l.trim().startsWith('{')).join('\n').trim();
  if (code !== 0) {
    return { available: true, json, text, note: `bench-scoring exited with ${code}${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}` };
  }
  return { available: true, json, text };
}
