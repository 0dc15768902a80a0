import { catalog } from '../../src/catalog';
import { OBJECTIONS } from '../../src/relevance/objections';
for (const a of catalog) for (const l of ['de','en'] as const) console.log(a.id, l, JSON.stringify(a.text[l]!.objections));
for (const o of OBJECTIONS) console.log(o.id, o.answeredBy.join(','), o.phrases.de.join('|'), '##', o.phrases.en.join('|'));
