import { readFileSync } from 'node:fs';
import { rankArguments } from '../../src/relevance';
const texts = JSON.parse(readFileSync('/work/main/tests/eval/texts.json','utf8'));
for (const id of process.argv.slice(2)) { const t = texts.find((x:any)=>x.id===id); console.log(id, t.expected, t.text.slice(0,200)); console.log('  ', JSON.stringify(rankArguments(t.text))); }
