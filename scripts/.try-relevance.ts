import { catalog } from '../work/main/src/catalog/index';
import { detectLang, findMatchRanges, findObjections, rankArguments, searchArguments } from '../work/main/src/relevance/index';

const texts = [
  'Unsere Kunden beschweren sich ständig in Foren über uns, und wir können nicht mal antworten.',
  'Let our followers vote on the next flavour!',
  'Wir stimmen morgen über den Namen des neuen Produkts ab – die Community entscheidet.',
  'Die Mitarbeiterzeitung erscheint nur zweimal im Jahr, das Intranet liest keiner.',
  'Unser Beschwerdemanagement läuft nur per Telefon.',
  'Das Kundenbindungsprogramm basiert nur auf Rabatten.',
  'Bayern München gewinnt 3:1 gegen Dortmund, der Trainer stand vorher in der Kritik.',
  'Tomorrow: sunny, 24 degrees, light wind from the west.',
  'Mix flour, sugar and butter, bake for 30 minutes at 180 degrees.',
  'Wir haben Angst vor einem #Shitstorm auf Twitter.',
  'We are hiring! Join our team of digital natives. #EmployerBranding',
  'Datenschutz: Ist Facebook überhaupt DSGVO-konform?',
  'Social media is just a passing trend, our customers are not on social media anyway.',
  'Kritik',
];
for (const t of texts) console.log(detectLang(t), JSON.stringify(rankArguments(t).slice(0, 3)), t.slice(0, 50));
console.log(findObjections('Social media is just a passing trend and we have no time for it. GDPR!'));
for (const q of ['Kritik', 'criticism', 'crit', 'Mitarb', 'vote'])
  console.log(q, JSON.stringify(searchArguments(q, catalog, 'de').slice(0, 3)));
console.log(findMatchRanges('Die Kunden\u00ADkritik wächst.', ['Kundenkritik']));
