import { readFileSync } from 'node:fs';
import { rankArguments } from '../../src/relevance';
const texts = JSON.parse(readFileSync('scripts/eval/tuning-negatives.json','utf8'));
let fh=0; for (const t of texts){ const r=rankArguments(t.text); if(r.length){fh++; console.log(t.id, JSON.stringify(r.map(x=>[x.id,x.score,x.matched])));} }
console.log('false hints', fh, '/', texts.length);
