/**
 * The objections people raise against social media in a company, in German and English, each
 * mapped to the built-in arguments that answer it — or to none, with an honest note, where the
 * catalog has no good answer (data protection, legal risk).
 *
 * Phrases follow the signal syntax of `src/catalog/signals.ts` (base forms; a phrase matches when
 * its content words occur close together in one sentence). The mapping follows the source post:
 * criticism exists anyway and is better answered where you can respond (→ criticism); managers
 * who blog reach staff with less effort (→ internal-communication); people who grew up online
 * judge employers by their presence (→ employer-branding); etc.
 */
import type { Localized } from '../catalog/types';

/** One objection. */
export interface Objection {
  /** Stable id, kebab-case. */
  id: string;
  /** Short label for "Objection: … → answer: …". */
  label: Localized<string>;
  /** Words and phrases that signal the objection. */
  phrases: Localized<string[]>;
  /** Built-in argument ids that answer it, best answer first; empty when none answers it well. */
  answeredBy: string[];
  /** What to say instead when the catalog has no good answer (or only a partial one). */
  note?: Localized<string>;
}

/** The objection lexicon. */
export const OBJECTIONS: Objection[] = [
  {
    id: 'loss-of-control',
    label: { de: 'Wir verlieren die Kontrolle', en: 'We lose control' },
    phrases: {
      de: [
        'Kontrollverlust', 'Kontrolle verlieren', 'Kontrolle abgeben', 'keine Kontrolle', 'nicht kontrollieren',
        'nicht steuern', 'nicht steuerbar', 'unkontrollierbar', 'aus dem Ruder', 'verselbständigen', 'Deutungshoheit',
      ],
      en: [
        'loss of control', 'lose control', 'losing control', 'out of control', 'no control', 'can not control',
        'cannot control', "can't control", 'uncontrollable', 'control the message', 'control the narrative', 'get out of hand',
      ],
    },
    answeredBy: ['criticism', 'transparency'],
  },
  {
    id: 'public-criticism',
    label: { de: 'Öffentliche Kritik, Shitstorm', en: 'Public criticism, a shitstorm' },
    phrases: {
      de: [
        'Shitstorm', 'öffentliche Kritik', 'öffentlich kritisiert', 'Angst vor Kritik', 'negative Kommentare', 'Empörungswelle',
        'an den Pranger', 'Imageschaden', 'öffentlich bloßstellen', 'Hasskommentare',
      ],
      en: [
        'shitstorm', 'public criticism', 'criticised in public', 'criticized in public', 'afraid of criticism',
        'fear of criticism', 'negative comments', 'backlash', 'firestorm', 'pile on', 'hate comments', 'damage our reputation',
      ],
    },
    answeredBy: ['criticism', 'transparency'],
  },
  {
    id: 'no-resources',
    label: { de: 'Keine Zeit, kein Personal', en: 'No time, no staff' },
    phrases: {
      de: [
        'keine Zeit', 'keine Kapazität', 'keine Kapazitäten', 'kein Personal', 'keine Ressourcen', 'zu aufwendig',
        'zu viel Aufwand', 'Zeitaufwand', 'personell', 'kein Budget', 'nebenbei', 'unterbesetzt', 'Mehraufwand',
      ],
      en: [
        'no time', 'lack of time', 'no staff', 'no resources', 'not enough people', 'too much effort', 'too much work',
        'time-consuming', 'understaffed', 'no budget', 'no capacity', 'on top of everything', 'extra workload', 'bandwidth',
      ],
    },
    answeredBy: ['internal-communication', 'crowdsourcing'],
    note: {
      de: 'Teilantwort: Der Katalog zeigt, wo Social Media Aufwand spart (interne Kommunikation); den Betrieb eines Kanals muss man trotzdem planen.',
      en: 'Partial answer: the catalog shows where social media saves effort (internal communication); running a channel still needs planning.',
    },
  },
  {
    id: 'no-roi',
    label: { de: 'Kein messbarer Nutzen', en: 'No measurable return' },
    phrases: {
      de: [
        'ROI', 'Return on Investment', 'messbar', 'nicht messbar', 'keinen Nutzen', 'Nutzen nachweisen', 'was bringt', 'bringt nichts', 'rechnet sich nicht',
        'Kennzahl', 'KPI', 'Mehrwert', 'lohnt sich nicht', 'Geldverschwendung', 'Kosten Nutzen',
      ],
      en: [
        'ROI', 'return on investment', 'measurable', 'not measurable', "can't measure", 'business value', 'what is in it for us',
        "what's in it for us", 'waste of money', 'pay off', 'KPI', 'metrics', 'business case', 'cost benefit', 'no benefit',
      ],
    },
    answeredBy: ['insights', 'target-groups', 'first-mover'],
  },
  {
    id: 'data-protection',
    label: { de: 'Datenschutz und DSGVO', en: 'Data protection and GDPR' },
    phrases: {
      de: [
        'Datenschutz', 'DSGVO', 'Datenschutzgrundverordnung', 'Datenschutzbeauftragte', 'personenbezogene Daten', 'Tracking',
        'Privatsphäre', 'Datenschützer', 'Auftragsverarbeitung', 'Cookie',
      ],
      en: [
        'data protection', 'GDPR', 'privacy', 'personal data', 'data privacy', 'data protection officer', 'tracking',
        'cookie', 'data processing',
      ],
    },
    answeredBy: [],
    note: {
      de: 'Keines unserer Argumente beantwortet das gut. Klären Sie es mit Ihrer/Ihrem Datenschutzbeauftragten: was Sie veröffentlichen, welche Plattform welche Daten verarbeitet, wer einwilligen muss.',
      en: 'None of our arguments answers this well. Settle it with your data protection officer: what you publish, which platform processes which data, who has to consent.',
    },
  },
  {
    id: 'wasting-time',
    label: { de: 'Mitarbeitende verschwenden Arbeitszeit', en: 'Staff will waste working time' },
    phrases: {
      de: [
        'Zeitverschwendung', 'Arbeitszeit verschwenden', 'während der Arbeitszeit', 'nur surfen', 'rumsurfen', 'privat surfen',
        'Ablenkung', 'ablenken', 'Produktivität', 'unproduktiv', 'Zeitfresser', 'daddeln',
      ],
      en: [
        'waste of time', 'waste time', 'wasting time', 'during working hours', 'on company time', 'distraction', 'distract',
        'productivity loss', 'unproductive', 'slacking', 'goof off', 'time sink', 'browse Facebook all day',
      ],
    },
    answeredBy: ['faces', 'employer-branding', 'internal-communication'],
    note: {
      de: 'Teilantwort: Eine Social-Media-Richtlinie regelt die Nutzung; die Argumente zeigen, was engagierte Mitarbeitende online für das Unternehmen leisten.',
      en: 'Partial answer: a social media policy sets the rules; the arguments show what engaged staff achieve online for the company.',
    },
  },
  {
    id: 'legal-risk',
    label: { de: 'Rechtliches Risiko', en: 'Legal risk' },
    phrases: {
      de: [
        'rechtliches Risiko', 'rechtliche Risiken', 'Rechtsrisiko', 'Abmahnung', 'Haftung', 'haften', 'Urheberrecht',
        'Impressumspflicht', 'Rechtsabteilung', 'juristisch', 'Compliance', 'rechtlich', 'Klage', 'verklagt',
      ],
      en: [
        'legal risk', 'legal risks', 'liability', 'liable', 'lawsuit', 'sue', 'copyright', 'legal department', 'compliance',
        'legal', 'cease and desist', 'regulator', 'disclosure rules',
      ],
    },
    answeredBy: [],
    note: {
      de: 'Keines unserer Argumente beantwortet das. Was hilft: eine Social-Media-Richtlinie, Schulung und die Rechtsabteilung früh einbinden.',
      en: 'None of our arguments answers this. What helps: a social media policy, training, and involving the legal department early.',
    },
  },
  {
    id: 'audience-absent',
    label: { de: 'Unsere Kunden sind nicht auf Social Media', en: "Our customers aren't on social media" },
    phrases: {
      de: [
        'Kunden sind nicht', 'nicht auf Social Media', 'nicht in sozialen Netzwerken', 'nicht auf Facebook', 'nicht online',
        'Zielgruppe ist zu alt', 'zu alt für', 'nutzen kein', 'erreichen wir nicht', 'B2B', 'Kunden lesen Zeitung',
      ],
      en: [
        "customers aren't on", 'customers are not on', 'not on social media', 'audience is not online', 'too old for',
        "don't use social media", 'do not use social media', 'nobody uses', "won't reach", 'B2B', 'our clients are not online',
      ],
    },
    answeredBy: ['target-groups', 'employer-branding', 'insights'],
  },
  {
    id: 'passing-trend',
    label: { de: 'Das ist nur ein Trend', en: "It's a passing trend" },
    phrases: {
      de: [
        'Hype', 'Modeerscheinung', 'Strohfeuer', 'nur ein Trend', 'vorübergehend', 'geht vorbei', 'Eintagsfliege',
        'kurzlebig', 'Modewort', 'abwarten',
      ],
      en: [
        'hype', 'fad', 'passing trend', 'just a trend', 'flash in the pan', 'will pass', 'blow over', 'short-lived',
        'wait and see', 'buzzword',
      ],
    },
    answeredBy: ['first-mover', 'employer-branding'],
  },
];
