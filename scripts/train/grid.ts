/** Grid over training hyper-parameters by grouped cross-validation (`node scripts/train.mjs --grid`). */
import { DEFAULTS, type Example } from './core';
import { overall } from './report';
import { validate } from './run';

/** Prints the out-of-fold figures of each combination of epochs, L2 penalty and learning rate. */
export function grid(corpus: Example[]): void {
  for (const epochs of [8, 12, 20])
    for (const l2 of [1e-6, 1e-5, 1e-4])
      for (const rate of [0.15, 0.3]) {
        const { f } = validate(corpus, { ...DEFAULTS, epochs, l2, rate }, { print: false });
        console.log(`epochs ${epochs} l2 ${l2} rate ${rate}: ${overall(f).line.trim()}`);
      }
}
