import { SIGNALS, WEAK_SIGNALS, STRONG_SIGNALS } from '../../src/catalog/signals';
for (const [id, v] of Object.entries(SIGNALS)) for (const l of ['de','en'] as const) console.log(`${id}.${l}: ${v[l].join('|')}`);
console.log('WEAK.de', WEAK_SIGNALS.de.join('|')); console.log('WEAK.en', WEAK_SIGNALS.en.join('|'));
console.log('STRONG.de', STRONG_SIGNALS.de.join('|')); console.log('STRONG.en', STRONG_SIGNALS.en.join('|'));
