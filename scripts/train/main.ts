/** Entry of `npm run train` (bundled by scripts/train.mjs): loads the corpus and runs {@link main}. */
import { loadCorpus } from './core';
import { grid } from './grid';
import { main } from './run';

/** Runs training from the repository at `root` with the command line's `args`. */
export function run(root: string, args: string[]): void {
  if (args.includes('--grid')) grid(loadCorpus(root));
  else main(root, args, loadCorpus(root));
}
