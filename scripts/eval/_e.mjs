import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = '/work/main';
const out = await build({
  stdin: {
    contents: `import {catalog} from './src/catalog'; import {rankArguments} from './src/relevance'; export {catalog, rankArguments};`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
  plugins: [
    {
      name: 't',
      setup(b) {
        b.onLoad({ filter: /relevance\/scorer\.ts$/ }, (a) => ({
          contents: readFileSync(a.path, 'utf8').replace('export const THRESHOLD = 1;', 'export const THRESHOLD = 0.05;'),
          loader: 'ts',
        }));
      },
    },
  ],
});
const m = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
for (const l of readFileSync(0, 'utf8').split('\n').filter(Boolean)) {
  const r = m.rankArguments(l, { catalog: m.catalog });
  console.log(
    r
      .slice(0, 3)
      .map((x) => `${x.id}:${x.score}[${x.matched}]`)
      .join(' ') || '-',
    '|',
    l.slice(0, 100),
  );
}
