import { readFileSync } from 'node:fs';
import { rankArguments } from '../../src/relevance';
const texts = JSON.parse(readFileSync('tests/eval/texts.json','utf8'));
const odd = (t:any)=> Number(t.id.replace(/\D/g,''))%2===1;
const agg: Record<string, number> = {};
for (const t of texts) { if (!odd(t)) continue; const r = rankArguments(t.text); 
 const k = t.expected.length===0 ? (r.length? 'FH':'ok-neg') : (r.length===0 ? 'empty' : t.expected.includes(r[0].id)?'hit': 'wrong');
 const key = `${t.lang}:${k}:${t.kind}`; agg[key]=(agg[key]??0)+1; }
console.log(Object.entries(agg).filter(([k])=>!k.includes(':hit')&&!k.includes('ok-neg')).sort());
