/**
 * Signal words and phrases per built-in argument and language: the vocabulary with which
 * `src/relevance/` recognises that a text is about an argument.
 *
 * How to write an entry (relevance compiles these; see `src/relevance/lexicon.ts`):
 * - Base forms ("Kritik", "kritisieren", "complain"): inflection is handled by Snowball stemming
 *   (German) and Porter2 (English); German compounds are split into their parts, so "Kritik" also
 *   matches "Kundenkritik" and "Beschwerde" matches "Beschwerdemanagement".
 * - Separable German verbs in their infinitive ("abstimmen"): "stimmen … ab" and "abgestimmt" match too.
 * - A phrase of several words ("ask our followers") matches when its content words occur close
 *   together in one sentence, in any order; stop words in a phrase are ignored.
 * - Only words that point at the argument in the context of company communication: very general
 *   words (customer, employee, company, social media) are context in `src/relevance/context.ts`, not signals.
 * - German lists include the English loanwords German comms people use ("Shitstorm", "Employer Branding").
 *
 * Source of the arguments: the blog post "Wie man Social Media im Unternehmen rechtfertigt"
 * (see shared/seed); the vocabulary is our own.
 */
import type { Localized } from './types';

/** Signals per built-in argument id, in German and English. Never empty for a built-in id. */
export const SIGNALS: Record<string, Localized<string[]>> = {
  transparency: {
    de: [
      'Transparenz', 'transparent', 'intransparent', 'Offenheit', 'offen kommunizieren', 'offen sprechen',
      'Ehrlichkeit', 'ehrlich', 'Glaubwürdigkeit', 'glaubwürdig', 'unglaubwürdig', 'authentisch', 'Authentizität',
      'Floskel', 'Worthülse', 'Phrase', 'Hochglanz', 'Hochglanzbroschüre', 'Leitbild', 'Unternehmensleitbild',
      'Vertrauen', 'vertrauenswürdig', 'nachvollziehbar', 'Nachvollziehbarkeit', 'verschleiern', 'verheimlichen',
      'Geheimniskrämerei', 'hinter verschlossenen Türen', 'Rechenschaft', 'greifbar', 'nahbar', 'Werbesprech',
      'Marketingsprech', 'Unternehmenswerte', 'Werte leben', 'Versprechen halten', 'Wort halten', 'zugeben', 'Fehler eingestehen',
    ],
    en: [
      'transparency', 'transparent', 'openness', 'open about', 'honesty', 'honest', 'credibility', 'credible',
      'authentic', 'authenticity', 'buzzword', 'corporate speak', 'corporate jargon', 'jargon', 'boilerplate', 'platitude',
      'glossy brochure', 'mission statement', 'company values', 'trust', 'trustworthy', 'accountability', 'accountable',
      'behind closed doors', 'secrecy', 'secretive', 'hide', 'cover up', 'approachable', 'tangible', 'marketing speak',
      'live our values', 'keep promise', 'admit mistake', 'walk the talk', 'practise what we preach',
    ],
  },
  'target-groups': {
    de: [
      'Zielgruppe', 'Zielgruppenansprache', 'Multiplikator', 'Influencer', 'Stakeholder', 'Interessent',
      'Interessenten', 'Reichweite', 'gezielt ansprechen', 'ansprechen', 'mobilisieren', 'Meinungsführer', 'Streuverlust',
      'Targeting', 'Nische', 'Journalisten', 'Blogger', 'potenzielle Kunden', 'Neukunden', 'Leads', 'Lead',
      'Mundpropaganda', 'weiterempfehlen', 'Empfehlung', 'Fürsprecher', 'erreichen', 'Dialog mit Stakeholdern',
      'Kontakt aufnehmen', 'Zielmarkt', 'Kundensegment', 'Kommentatoren', 'weiterleiten', 'viral',
    ],
    en: [
      'target group', 'target audience', 'audience', 'reach', 'multiplier', 'influencer', 'stakeholder', 'prospect',
      'prospective customer', 'potential customer', 'lead', 'opinion leader', 'mobilise', 'mobilize', 'targeting',
      'niche', 'journalist', 'blogger', 'word of mouth', 'advocate', 'recommend', 'referral', 'segment',
      'address directly', 'engage with', 'get in touch', 'new customers', 'commenters', 'share', 'viral', 'spread the word',
    ],
  },
  'emotional-bond': {
    de: [
      'Emotion', 'emotional', 'Kundenbindung', 'Markenbindung', 'Bindung', 'Loyalität', 'loyal', 'Markentreue', 'treu',
      'Stammkunde', 'Identifikation', 'identifizieren', 'Sympathie', 'sympathisch', 'Humor', 'humorvoll', 'witzig',
      'Gefühl', 'Herz', 'Beziehung', 'Nähe', 'menschlich', 'persönliche Note', 'gesellschaftliches Engagement',
      'Engagement zeigen', 'Haltung', 'Werte teilen', 'Preiskampf', 'Rabatt', 'Preis', 'Konditionen', 'verbunden fühlen',
      'Verbundenheit', 'Zugehörigkeit', 'Fangemeinde', 'Lieblingsmarke', 'begeistern', 'Begeisterung', 'Markenliebe',
    ],
    en: [
      'emotion', 'emotional', 'loyalty', 'loyal', 'customer loyalty', 'brand loyalty', 'bond', 'relationship',
      'identify with', 'identification', 'sympathy', 'likeable', 'humour', 'humor', 'funny', 'feeling', 'heart',
      'love the brand', 'personal touch', 'human touch', 'price war', 'discount', 'price', 'repeat customer',
      'social commitment', 'social engagement', 'stance', 'connected', 'belonging', 'fan base', 'favourite brand',
      'favorite brand', 'enthusiasm', 'passion', 'affection', 'warmth', 'sense of belonging', 'connection',
    ],
  },
  insights: {
    de: [
      'Einblick', 'Einsicht', 'Erkenntnis', 'hinter die Kulissen', 'Blick hinter', 'Außensicht', 'Außenperspektive',
      'Perspektive', 'Blickwinkel', 'Sichtweise', 'Scheuklappen', 'Wissen teilen', 'Know-how', 'Expertise', 'Fachwissen',
      'Fachbeitrag', 'Marktforschung', 'Kundenmeinung', 'zuhören', 'Social Listening', 'Monitoring', 'Trends erkennen',
      'Thought Leadership', 'Feedback', 'Rückmeldung', 'Anregung', 'dazulernen', 'lernen', 'Insights', 'Werkstatt',
      'Arbeitsalltag', 'spannende Projekte', 'Forschung', 'Entwicklung zeigen', 'Meinung der Kunden', 'blinder Fleck',
    ],
    en: [
      'insight', 'behind the scenes', 'outside view', 'outside perspective', 'perspective', 'point of view', 'viewpoint',
      'fresh eyes', 'blinkers', 'blind spot', 'share knowledge', 'share expertise', 'know-how', 'expertise',
      'thought leadership', 'market research', 'customer opinion', 'listen', 'social listening', 'monitoring',
      'spot trends', 'feedback', 'learn from', 'learn', 'workshop', 'day-to-day work', 'research', 'lab',
      'what customers think', 'how things work', 'glimpse', 'peek',
    ],
  },
  crowdsourcing: {
    de: [
      'Crowdsourcing', 'Crowd', 'Schwarmintelligenz', 'Schwarm', 'Weisheit der Vielen', 'abstimmen', 'Abstimmung',
      'Umfrage', 'Voting', 'mitbestimmen', 'mitentscheiden', 'Mitsprache', 'mitreden', 'Beteiligung', 'beteiligen',
      'Co-Creation', 'Open Innovation', 'Ideenwettbewerb', 'Ideen sammeln', 'Idee', 'Vorschlag', 'vorschlagen',
      'einbeziehen', 'Community fragen', 'Follower fragen', 'Fans fragen', 'entscheiden lassen', 'Entscheidung',
      'Meinung einholen', 'Ideenmanagement', 'Vorschlagswesen', 'wählen', 'Wahl', 'Geschmacksrichtung', 'mitgestalten',
      'gemeinsam entwickeln', 'Produktidee', 'Namensvorschlag',
    ],
    en: [
      'crowdsourcing', 'crowdsource', 'crowd', 'wisdom of crowds', 'wisdom of the crowd', 'collective intelligence',
      'hive mind', 'vote', 'poll', 'survey', 'let decide', 'ask our followers', 'ask followers', 'ask the community',
      'ask our fans', 'co-creation', 'co-create', 'open innovation', 'idea contest', 'ideas', 'idea', 'suggestion',
      'suggest', 'participate', 'participation', 'involve', 'have a say', 'decision', 'decide', 'choose', 'pick',
      'flavour', 'flavor', 'shape together', 'name the product', 'input',
    ],
  },
  criticism: {
    de: [
      'Kritik', 'kritisieren', 'Kritiker', 'kritisch', 'Beschwerde', 'beschweren', 'Shitstorm', 'Negativkommentar',
      'negative Kommentare', 'schlechte Bewertung', 'Bewertung', 'Bewertungsportal', 'Rezension', 'Forum', 'meckern',
      'lästern', 'Reklamation', 'Unmut', 'Ärger', 'verärgert', 'Empörung', 'empört', 'Beschwerdemanagement', 'Krise',
      'Krisenkommunikation', 'Stellungnahme', 'Stellung nehmen', 'reagieren', 'antworten', 'Gegendarstellung', 'Hater',
      'Troll', 'Imageschaden', 'Ruf', 'Reputation', 'schlecht reden', 'Vorwurf', 'Negativschlagzeilen', 'Entrüstung',
      'unzufrieden', 'Unzufriedenheit', 'Richtigstellung', 'Gerücht', 'Falschmeldung', 'Diskussion', 'angreifen',
    ],
    en: [
      'criticism', 'criticise', 'criticize', 'critic', 'critical', 'complaint', 'complain', 'shitstorm', 'backlash',
      'negative comment', 'negative review', 'bad review', 'review', 'rating', 'forum', 'rant', 'outrage', 'angry',
      'angry customer', 'upset', 'crisis', 'crisis communication', 'respond', 'response', 'reply', 'statement',
      'reputation', 'hater', 'troll', 'firestorm', 'accusation', 'rumour', 'rumor', 'dissatisfied', 'unhappy',
      'bad press', 'set the record straight', 'badmouth', 'trash talk', 'attack', 'discussion',
    ],
  },
  faces: {
    de: [
      'Gesicht', 'gesichtslos', 'Menschen hinter', 'Köpfe', 'Corporate Influencer', 'Markenbotschafter', 'Botschafter',
      'persönliches Profil', 'Personal Branding', 'Team vorstellen', 'Porträt', 'Persönlichkeit', 'Sprecher',
      'Geschäftsführer', 'Geschäftsführerin', 'Vorstand', 'CEO', 'anonym', 'Logo', 'Markenaccount', 'Unternehmensaccount',
      'Mitarbeitende zeigen', 'Mitarbeiter zeigen', 'Kolleginnen und Kollegen vorstellen', 'vorstellen', 'Mensch',
      'Leidenschaft', 'Experten zeigen', 'Profilbild', 'Namen', 'Stimme geben', 'Azubi-Blog',
    ],
    en: [
      'face', 'faceless', 'people behind', 'corporate influencer', 'brand ambassador', 'ambassador', 'employee advocacy',
      'personal profile', 'personal brand', 'personal branding', 'meet the team', 'introduce', 'portrait', 'personality',
      'spokesperson', 'CEO', 'founder', 'executive', 'anonymous', 'logo', 'brand account', 'corporate account',
      'show our people', 'showcase employees', 'human', 'real people', 'passion', 'profile picture', 'by name', 'give a voice',
    ],
  },
  'internal-communication': {
    de: [
      'interne Kommunikation', 'Intranet', 'Mitarbeiterzeitung', 'Mitarbeitermagazin', 'Rundmail', 'Rundschreiben',
      'Memo', 'Newsletter', 'Belegschaft', 'Hierarchie', 'Hierarchieebene', 'Führungskraft', 'Führungskräfte',
      'Enterprise Social Network', 'Yammer', 'Slack', 'internes Blog', 'interner Blog', 'Mitarbeiter-App', 'Wissensmanagement',
      'Silo', 'Abteilung', 'abteilungsübergreifend', 'Dienstweg', 'top-down', 'Aushang', 'Schwarzes Brett',
      'Mitarbeiterinformation', 'Betriebsversammlung', 'Infomail', 'E-Mail-Flut', 'Vorgesetzte', 'Chef', 'Kollegen',
      'intern', 'Mitarbeiterkommunikation', 'Town Hall', 'Vorstandsblog', 'Rundbrief',
    ],
    en: [
      'internal communication', 'internal comms', 'intranet', 'staff newsletter', 'employee newsletter', 'memo',
      'newsletter', 'workforce', 'hierarchy', 'hierarchical', 'manager', 'leadership', 'executive blog', 'internal blog',
      'enterprise social network', 'Yammer', 'Slack', 'Viva Engage', 'silo', 'department', 'cross-department', 'top-down',
      'all-hands', 'town hall', 'notice board', 'bulletin board', 'employee app', 'company-wide email', 'email overload',
      'staff', 'colleague', 'boss', 'internal', 'circular', 'chain of command', 'knowledge sharing',
    ],
  },
  'employer-branding': {
    de: [
      'Employer Branding', 'Arbeitgebermarke', 'Arbeitgeberattraktivität', 'attraktiver Arbeitgeber', 'Arbeitgeber',
      'Fachkräftemangel', 'Fachkräfte', 'Bewerber', 'Bewerbung', 'bewerben', 'Recruiting', 'Rekrutierung', 'Talent',
      'Nachwuchs', 'Nachwuchskräfte', 'Digital Natives', 'Generation Z', 'Gen Z', 'Azubi', 'Auszubildende', 'Ausbildungsplatz',
      'Stellenanzeige', 'Stellenausschreibung', 'Karriere', 'Karriereseite', 'Jobs', 'Stelle besetzen', 'offene Stellen',
      'Personalmarketing', 'Personalgewinnung', 'Kununu', 'Glassdoor', 'Berufseinsteiger', 'Absolventen', 'Quereinsteiger',
      'Unternehmenskultur', 'Arbeitskultur', 'Young Professionals', 'Job', 'einstellen', 'Fluktuation',
    ],
    en: [
      'employer branding', 'employer brand', 'attractive employer', 'employer', 'employer of choice', 'recruiting',
      'recruitment', 'recruit', 'hire', 'hiring', 'talent', 'candidate', 'applicant', 'application', 'apply',
      'job ad', 'job posting', 'vacancy', 'careers', 'career page', 'career', 'digital natives', 'Gen Z', 'Generation Z',
      'millennials', 'graduates', 'apprentice', 'apprenticeship', 'intern', 'internship', 'skills shortage',
      'talent shortage', 'war for talent', 'Glassdoor', 'company culture', 'workplace culture', 'job', 'young professionals',
      'staff turnover', 'retention',
    ],
  },
  'first-mover': {
    de: [
      'First Mover', 'First-Mover-Effekt', 'Vorreiter', 'Pionier', 'als Erste', 'als Erstes', 'Vorsprung', 'Wettbewerbsvorteil',
      'Wettbewerb', 'Wettbewerber', 'Konkurrenz', 'Mitbewerber', 'Branche', 'branchenweit', 'Innovation', 'innovativ',
      'experimentieren', 'Experiment', 'ausprobieren', 'Mut', 'mutig', 'Publicity', 'Aufmerksamkeit', 'Pilotprojekt',
      'Neuland', 'Pilot', 'Aufsehen', 'Schlagzeilen', 'Trendsetter', 'Vorbild', 'modern', 'fortschrittlich', 'zukunftsorientiert',
      'abgehängt', 'hinterherhinken', 'verschlafen', 'Early Adopter', 'Presseecho', 'Medienecho',
    ],
    en: [
      'first mover', 'first-mover advantage', 'pioneer', 'be first', 'first in our industry', 'industry first',
      'ahead of the competition', 'competition', 'competitor', 'competitive advantage', 'head start', 'edge', 'industry',
      'innovation', 'innovative', 'experiment', 'try out', 'bold', 'courage', 'publicity', 'attention', 'buzz',
      'pilot project', 'pilot', 'new ground', 'uncharted', 'trendsetter', 'trailblazer', 'early adopter', 'headlines',
      'press coverage', 'media coverage', 'forward-thinking', 'modern', 'fall behind', 'left behind', 'lag behind',
    ],
  },
};

/**
 * Signals that are ambiguous outside company communication ("Preis", "reply", "Abteilung"): they
 * count for less (relevance weighs them at 0.4 of a normal signal), so they support an argument
 * other signals point to but rarely carry a hint alone. Written exactly as in {@link SIGNALS}.
 */
export const WEAK_SIGNALS: Localized<string[]> = {
  de: [
    'erreichen', 'ansprechen', 'Empfehlung', 'Lead', 'Leads', 'Bewertung', 'reagieren', 'antworten', 'Stellungnahme',
    'Diskussion', 'angreifen', 'Ärger', 'Krise', 'Ruf', 'Preis', 'Rabatt', 'Konditionen', 'Gefühl', 'Herz', 'Beziehung',
    'Nähe', 'menschlich', 'Haltung', 'witzig', 'lernen', 'zuhören', 'Perspektive', 'Forschung', 'Werkstatt', 'Monitoring',
    'Idee', 'Vorschlag', 'vorschlagen', 'Entscheidung', 'wählen', 'Wahl', 'einbeziehen', 'beteiligen', 'vorstellen',
    'Mensch', 'Namen', 'Logo', 'Leidenschaft', 'Sprecher', 'Vorstand', 'Geschäftsführer', 'Geschäftsführerin', 'CEO',
    'Chef', 'Kollegen', 'intern', 'Abteilung', 'Vorgesetzte', 'Job', 'Jobs', 'Karriere', 'einstellen', 'Arbeitgeber',
    'bewerben', 'Wettbewerb', 'Konkurrenz', 'Branche', 'Innovation', 'innovativ', 'Aufmerksamkeit', 'modern', 'Mut',
    'Pilot', 'Vertrauen', 'ehrlich', 'greifbar', 'Phrase', 'Talent', 'Experiment', 'ausprobieren', 'Anregung', 'Crowd',
    'Schwarm', 'Perspektive', 'Memo', 'Kontakt aufnehmen', 'Neukunden', 'Arbeitsalltag', 'Schlagzeilen', 'Vorbild',
  ],
  en: [
    'reach', 'audience', 'share', 'engage with', 'recommend', 'segment', 'lead', 'review', 'rating', 'respond', 'response',
    'reply', 'statement', 'attack', 'discussion', 'angry', 'upset', 'crisis', 'price', 'discount', 'feeling', 'heart',
    'connected', 'connection', 'passion', 'relationship', 'funny', 'learn', 'listen', 'perspective', 'lab', 'research',
    'workshop', 'monitoring', 'idea', 'ideas', 'input', 'choose', 'pick', 'decision', 'decide', 'suggest', 'suggestion',
    'involve', 'participate', 'introduce', 'human', 'logo', 'founder', 'executive', 'CEO', 'by name', 'manager', 'staff',
    'colleague', 'boss', 'internal', 'department', 'job', 'career', 'apply', 'application', 'intern', 'competition',
    'industry', 'attention', 'modern', 'edge', 'pilot', 'bold', 'trust', 'hide', 'tangible', 'honest', 'glimpse', 'peek',
    'niche', 'advocate', 'crowd', 'memo', 'talent', 'experiment', 'innovation', 'innovative', 'get in touch', 'new customers',
    'headlines',
  ],
};
