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
      'offenlegen', 'Offenlegung', 'öffentlich machen', 'nachprüfbar', 'nachprüfen', 'gläsern', 'gläserne Firma', 'ungeschönt', 'schonungslos', 'Klartext', 'Schönfärberei', 'beschönigen', 'Imagebroschüre', 'PR-Sprech', 'Fragen beantworten', 'Rede und Antwort', 'alle Zahlen', 'Zahlen veröffentlichen', 'Lieferkette offenlegen', 'Fehler zugeben', 'nichts zu verbergen', 'Offenheit zeigen', 'offen', 'offene Kommunikation', 'angreifbar',
      'geschönt', 'einfache Worte', 'Entscheidungen erklären', 'Werbetext', 'glaubt kein Mensch', 'glaubt niemand', 'Preise erklären', 'Preiskalkulation',
    ],
    en: [
      'transparency', 'transparent', 'openness', 'open about', 'honesty', 'honest', 'credibility', 'credible',
      'authentic', 'authenticity', 'buzzword', 'corporate speak', 'corporate jargon', 'jargon', 'boilerplate', 'platitude',
      'glossy brochure', 'mission statement', 'company values', 'trust', 'trustworthy',
      'behind closed doors', 'secrecy', 'secretive', 'hide', 'cover up', 'approachable', 'tangible', 'marketing speak',
      'live our values', 'keep promise', 'admit mistake', 'walk the talk', 'practise what we preach',
      'disclose', 'disclosure', 'full numbers', 'the numbers', 'no spin', 'spin', 'unvarnished', 'open book', 'radical openness', 'radical transparency', 'ask us anything', 'ask me anything', 'AMA', 'glossy', 'whitewash', 'sugarcoat', 'come clean', 'own up', 'in the open', 'openly', 'nothing to hide', 'publish the figures', 'supplier list', 'air in public', 'vulnerable',
      'polished', 'plain words', 'plain language', 'explain our decisions', 'marketing copy', 'nobody believes', 'press statement', 'pricing explained', 'how the price is made up',
    ],
  },
  'target-groups': {
    de: [
      'Zielgruppe', 'Zielgruppenansprache', 'Multiplikator', 'Influencer', 'Stakeholder', 'Interessent',
      'Interessenten', 'Reichweite', 'gezielt ansprechen', 'ansprechen', 'mobilisieren', 'Meinungsführer', 'Streuverlust',
      'Targeting', 'Nische', 'Journalisten', 'Blogger', 'potenzielle Kunden', 'Neukunden', 'Leads', 'Lead',
      'Mundpropaganda', 'weiterempfehlen', 'Empfehlung', 'Fürsprecher', 'erreichen', 'Dialog mit Stakeholdern',
      'Kontakt aufnehmen', 'Zielmarkt', 'Kundensegment', 'Kommentatoren', 'weiterleiten', 'viral',
      'Gießkanne', 'Gießkannenprinzip', 'zielgruppengenau', 'zielgenau', 'die richtigen Leute', 'direkt anschreiben', 'Multiplikatoren', 'Meinungsmacher', 'Entscheider', 'Fachpresse', 'Verbände', 'Community aufbauen', 'Kundschaft erreichen', 'wo die Kunden sind', 'Interesse zeigen', 'interessiert sich', 'Verstärker', 'weitersagen', 'Botschaft verbreiten', 'Einkäufer', 'klassische Werbung', 'junge Leute',
      'genau die', 'mit denen wir reden', 'Facebook-Gruppen', 'Eltern', 'nachfassen', 'auf unsere Seite', 'Meinung prägen', 'Branchenblogger', 'Interesse',
    ],
    en: [
      'target group', 'target audience', 'audience', 'reach', 'multiplier', 'influencer', 'stakeholder', 'prospect',
      'prospective customer', 'potential customer', 'lead', 'opinion leader', 'mobilise', 'mobilize', 'targeting',
      'niche', 'journalist', 'blogger', 'word of mouth', 'advocate', 'recommend', 'referral', 'segment',
      'address directly', 'engage with', 'get in touch', 'new customers',  'share', 'viral', 'spread the word',
      'amplifier', 'amplify', 'right people', 'decision makers', 'buyers', 'where our customers are', 'where the customers are', 'opinion leaders', 'trade press', 'associations', 'community building', 'micro-influencer', 'interested in', 'reach out', 'traditional advertising', 'young people', 'the people we want',
      'exactly who', 'talk to', 'Facebook groups', 'parents', 'follow up', 'interested', 'on our side', 'shape opinion', 'industry bloggers',
    ],
  },
  'emotional-bond': {
    de: [
      'Emotion', 'emotional', 'Kundenbindung', 'Markenbindung', 'Bindung', 'Loyalität', 'loyal', 'Markentreue', 'treu',
      'Stammkunde', 'Identifikation', 'identifizieren', 'Sympathie', 'sympathisch', 'Humor', 'humorvoll', 'witzig',
      'Gefühl', 'Herz', 'Beziehung', 'Nähe', 'menschlich', 'persönliche Note', 'gesellschaftliches Engagement',
      'Engagement zeigen', 'Haltung', 'Werte teilen', 'Preiskampf', 'Rabatt', 'Preis', 'Konditionen', 'verbunden fühlen',
      'Verbundenheit', 'Zugehörigkeit', 'Fangemeinde', 'Lieblingsmarke', 'begeistern', 'Begeisterung', 'Markenliebe',
      'Ehrenamt', 'ehrenamtlich', 'Spende', 'spenden', 'soziales Engagement', 'gemeinnützig', 'Charity', 'Herzensprojekt', 'liebenswert', 'mögen', 'Kultmarke', 'Emotionen', 'Gefühle', 'berühren', 'berührend', 'Herzlichkeit', 'Augenzwinkern', 'Selbstironie', 'mit Humor', 'billig', 'günstig', 'nicht wegen des Preises', 'seriöse Marke', 'Wohlfühlen', 'Lieblings', 'Treue',
      'mögen uns', 'bleiben uns treu', 'am günstigsten', 'sponsern', 'Sponsoring', 'schätzen', 'Aprilscherz', 'albern', 'ins Herz',
    ],
    en: [
      'emotion', 'emotional', 'loyalty', 'loyal', 'customer loyalty', 'brand loyalty', 'bond', 'relationship',
      'identify with', 'identification', 'sympathy', 'likeable', 'humour', 'humor', 'funny', 'feeling', 'heart',
      'love the brand', 'personal touch', 'human touch', 'price war', 'discount', 'price', 'repeat customer',
      'social commitment', 'social engagement', 'stance', 'connected', 'belonging', 'fan base', 'favourite brand',
      'favorite brand', 'enthusiasm', 'passion', 'affection', 'warmth', 'sense of belonging', 'connection',
      'charity', 'volunteer', 'volunteering', 'donate', 'donation', 'good cause', 'community engagement', 'lovely', 'adore', 'fond', 'heartfelt', 'heartwarming', 'touching', 'wink', 'self-deprecating', 'sense of humour', 'sense of humor', 'cheap', 'money can\'t buy', 'buy on price', 'serious brand', 'emotions', 'feelings', 'love',
      'like us', 'stay with us', 'cheapest', 'sponsor', 'sponsorship', 'appreciate', 'silly', 'April Fool', 'more love',
    ],
  },
  insights: {
    de: [
      'Einblick', 'Einsicht', 'Erkenntnis', 'hinter die Kulissen', 'Blick hinter', 'Außensicht', 'Außenperspektive',
      'Perspektive', 'Blickwinkel', 'Sichtweise', 'Scheuklappen', 'Wissen teilen', 'Know-how', 'Expertise', 'Fachwissen',
      'Fachbeitrag', 'Marktforschung', 'Kundenmeinung', 'zuhören', 'Social Listening', 'Monitoring', 'Trends erkennen',
      'Thought Leadership', 'Feedback', 'Rückmeldung', 'Anregung', 'dazulernen', 'lernen', 'Insights', 'Werkstatt',
      'Arbeitsalltag', 'spannende Projekte', 'Forschung', 'Entwicklung zeigen', 'Meinung der Kunden', 'blinder Fleck',
      'Kulissen', 'Rundgang', 'Werksführung', 'Labor', 'Forschungsabteilung', 'Entwicklungsabteilung', 'Tag der offenen Tür', 'Türen öffnen', 'Perspektivwechsel', 'von außen', 'Rückmeldungen', 'Anregungen', 'Erkenntnisse', 'Making-of', 'Backstage', 'Ein Tag im Leben', 'woran wir arbeiten', 'noch nie gesehen', 'zeigt öfter', 'Einblicke geben', 'Meinung von außen', 'Blick über die Schulter', 'tüfteln', 'spannend',
      'nie bedacht', 'hingewiesen', 'wie es gemacht wird', 'wie es entsteht', 'filmen', 'zeigen, wie', 'draußen', 'erfährt niemand', 'von außen sehen',
    ],
    en: [
      'insight', 'behind the scenes', 'outside view', 'outside perspective', 'perspective', 'point of view', 'viewpoint',
      'fresh eyes', 'blinkers', 'blind spot', 'share knowledge', 'share expertise', 'know-how', 'expertise',
      'thought leadership', 'market research', 'customer opinion', 'listen', 'social listening', 'monitoring',
      'spot trends', 'feedback', 'learn from', 'learn', 'workshop', 'day-to-day work', 'research', 'lab',
      'what customers think', 'how things work', 'glimpse', 'peek',
      'backstage', 'making-of', 'tour', 'factory tour', 'R&D', 'research team', 'open the doors', 'open our doors', 'outside-in', 'fresh perspective', 'new angle', 'eye-opener', 'day in the life', 'what we are working on', 'never seen', 'show more', 'look inside', 'outsiders', 'over the shoulder', 'tinker', 'fascinating',
      'replies', 'never considered', 'pointed out', 'how things are made', 'how it is made', 'film how', 'show how', 'solve problems', 'nobody outside', 'outside world',
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
      'ihr entscheidet', 'entscheidet mit', 'Leser fragen', 'Votum', 'mitmachen', 'Mitmachaktion', 'einreichen', 'Vorschläge einreichen', 'Ideenbörse', 'bewerten', 'Community entscheidet', 'Namenssuche', 'Name gesucht', 'Entwurf', 'Entwürfe', 'Lieblingsentwurf', 'welche Sorte', 'Fans entscheiden', 'abstimmen lassen', 'wählen lassen',
      'schreibt in die Kommentare', 'sagt uns', 'verratet uns', 'welche Funktion', 'als Nächstes', 'beste Ideen', 'einfach fragen', 'Kunden fragen',
    ],
    en: [
      'crowdsourcing', 'crowdsource', 'crowd', 'wisdom of crowds', 'wisdom of the crowd', 'collective intelligence',
      'hive mind', 'vote', 'poll', 'survey', 'let decide', 'ask our followers', 'ask followers', 'ask the community',
      'ask our fans', 'co-creation', 'co-create', 'open innovation', 'idea contest', 'ideas', 'idea', 'suggestion',
      'suggest', 'participate', 'participation', 'involve', 'have a say', 'decision', 'decide', 'choose', 'pick',
      'flavour', 'flavor', 'shape together', 'name the product', 'input',
      'you decide', 'you choose', 'have your say', 'cast your vote', 'submit ideas', 'submit suggestions', 'idea challenge', 'rate the best', 'upvote', 'ask your readers', 'ask our audience', 'let them pick', 'let them choose', 'naming contest', 'community vote', 'design contest', 'draft', 'drafts', 'which design', 'which flavour', 'which flavor',
      'tell us in the comments', 'tell us', 'which feature', 'build next', 'came up with', 'best ideas', 'had to ask', 'ask our customers', 'ask customers',
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
      'Feedback', 'Hinweis', 'ärgerlich', 'per DM', 'Direktnachricht', 'Entschuldigung', 'entschuldigen', 'tut uns leid', 'kümmern uns', 'Beschwerden', 'schimpfen', 'Dampf ablassen', 'Gegenwind', 'Kritik üben', 'schlechte Erfahrung', 'negative Bewertungen', 'Bewertungen beantworten', 'Kommentare löschen', 'löschen', 'Problem', 'Panne',
      'verreißen', 'fertigmachen', 'böse Kommentare', 'gemeine Kommentare', 'verärgerte Kunden', 'Bewertungsseiten', 'über uns herziehen', 'Hasskommentare',
    ],
    en: [
      'criticism', 'criticise', 'criticize', 'critic', 'critical', 'complaint', 'complain', 'shitstorm', 'backlash',
      'negative comment', 'negative review', 'bad review', 'review', 'rating', 'forum', 'rant', 'outrage', 'angry',
      'angry customer', 'upset', 'crisis', 'crisis communication', 'respond', 'response', 'reply', 'statement',
      'reputation', 'hater', 'troll', 'firestorm', 'accusation', 'rumour', 'rumor', 'dissatisfied', 'unhappy',
      'bad press', 'set the record straight', 'badmouth', 'trash talk', 'attack', 'discussion',
      'feedback', 'sorry', 'apologise', 'apologize', 'apology', 'DM you', 'sort it out', 'look into it', 'frustrating', 'frustrated', 'disappointed', 'disappointing', 'bad experience', 'slating', 'bash', 'moan', 'grumble', 'vent', 'delete comments', 'negative reviews', 'answer reviews', 'complaint handling', 'problem', 'flagging',
      'slamming', 'slam', 'nasty comments', 'nasty', 'disgruntled', 'review sites', 'answer them', 'thread about us', 'mean comments', 'leave comments',
    ],
  },
  faces: {
    de: [
      'Gesicht', 'gesichtslos', 'Menschen hinter', 'Köpfe', 'Corporate Influencer', 'Markenbotschafter', 'Botschafter',
      'persönliches Profil', 'Personal Branding', 'Team vorstellen', 'Porträt', 'Persönlichkeit', 'Sprecher',
      'Geschäftsführer', 'Geschäftsführerin', 'Vorstand', 'CEO', 'anonym', 'Logo', 'Markenaccount', 'Unternehmensaccount',
      'Mitarbeitende zeigen', 'Mitarbeiter zeigen', 'Kolleginnen und Kollegen vorstellen', 'vorstellen', 'Mensch',
      'Leidenschaft', 'Experten zeigen', 'Profilbild', 'Namen', 'Stimme geben', 'Azubi-Blog',
      'stellt sich vor', 'Kollegin', 'seit Jahren bei uns', 'Gesichter', 'hinter dem Logo', 'wer dahinter steckt', 'persönlich', 'Ansprechpartner', 'Steckbrief', 'Sprachrohr', 'Botschafterprogramm', 'Mitarbeitende posten', 'Pressestelle', 'im Porträt', 'erzählen', 'unser Team',
      'übernimmt den Account', 'Account-Übernahme', 'Takeover', 'ihren Tag', 'seinen Tag', 'echte Menschen', 'die hier arbeiten', 'Menschen, die es machen',
    ],
    en: [
      'face', 'faceless', 'people behind', 'corporate influencer', 'brand ambassador', 'ambassador', 'employee advocacy',
      'personal profile', 'personal brand', 'personal branding', 'meet the team', 'introduce', 'portrait', 'personality',
      'spokesperson', 'CEO', 'founder', 'executive', 'anonymous', 'logo', 'brand account', 'corporate account',
      'show our people', 'showcase employees', 'human', 'real people', 'passion', 'profile picture', 'by name', 'give a voice',
      'meet our', 'say hello', 'introducing', 'who is behind', 'behind the logo', 'our people', 'employee spotlight', 'spotlight', 'team member', 'faces', 'human side', 'press office', 'in her own words', 'in his own words', 'tell their stories', 'employees post', 'personal',
      'take over the account', 'takeover', 'account takeover', 'her day', 'his day', 'who work here', 'people who make it', 'hear from the people',
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
      'CEO-Blog', 'Chefblog', 'Führungskräfte bloggen', 'Ebenen', 'Bereichsleitung', 'Abteilungsleitung', 'Flurfunk', 'Teamblog', 'Verteiler', 'E-Mail-Verteiler', 'Mailflut', 'Informationsflut', 'interne Updates', 'Mitarbeiterversammlung', 'Mitarbeiterbefragung', 'intern kommentieren', 'Kommentarfunktion', 'Geschäftsleitung bloggt', 'quer durchs Haus', 'Standorte',
      'Zentrale', 'Filialen', 'Niederlassungen', 'bleibt hängen', 'Informationsfluss', 'interne Plattform', 'internes Netzwerk', 'Vorstand fragen', 'lange E-Mails', 'Updates teilen',
    ],
    en: [
      'internal communication', 'internal comms', 'intranet', 'staff newsletter', 'employee newsletter', 'memo',
      'newsletter', 'workforce', 'hierarchy', 'hierarchical', 'manager', 'leadership', 'executive blog', 'internal blog',
      'enterprise social network', 'Yammer', 'Slack', 'Viva Engage', 'silo', 'department', 'cross-department', 'top-down',
      'all-hands', 'town hall', 'notice board', 'bulletin board', 'employee app', 'company-wide email', 'email overload',
      'staff', 'colleague', 'boss', 'internal', 'circular', 'chain of command', 'knowledge sharing',
      'CEO blog', 'division head', 'layers', 'management layers', 'middle management', 'email chain', 'distribution list', 'all-staff email', 'internal updates', 'team blog', 'internally', 'water cooler', 'grapevine', 'employee survey', 'works council', 'managing director', 'blog internally', 'across sites',
      'head office', 'branches', 'information flow', 'internal platform', 'internal network', 'ask the board', 'long emails', 'emails nobody reads', 'share updates', 'gets stuck',
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
      'Azubis', 'Ausbildung', 'Ausbildungsstart', 'beworben', 'Vorstellungsgespräch', 'Kandidat', 'Kandidatin', 'Stellenangebot', 'Mitarbeiter werben Mitarbeiter', 'Empfehlungsprogramm', 'junge Talente', 'Karriere-Account', 'Arbeitsplatz', 'bei uns arbeiten', 'Team verstärken', 'Verstärkung gesucht', 'Praktikum', 'Werkstudent', 'Trainee', 'Berufsstart', 'Stellenbörse', 'Jobbörse', 'junge Leute',
      'Lebenslauf', 'Stellen besetzen', 'Ausbildungsplätze', 'guter Arbeitgeber', 'Ort zum Arbeiten', 'junge Ingenieure', 'Jugendliche', 'Schulabgänger',
    ],
    en: [
      'employer branding', 'employer brand', 'attractive employer', 'employer', 'employer of choice', 'recruiting',
      'recruitment', 'recruit', 'hire', 'hiring', 'talent', 'candidate', 'applicant', 'application', 'apply',
      'job ad', 'job posting', 'vacancy', 'careers', 'career page', 'career', 'digital natives', 'Gen Z', 'Generation Z',
      'millennials', 'graduates', 'apprentice', 'apprenticeship', 'internship', 'skills shortage',
      'talent shortage', 'war for talent', 'Glassdoor', 'company culture', 'workplace culture', 'job', 'young professionals',
      'staff turnover', 'retention',
      'apprentices', 'applied', 'graduate', 'trainee', 'job interview', 'interview', 'vacancies', 'open positions', 'join our team', 'we are hiring', 'talent attraction', 'work for us', 'workplace', 'careers account', 'job board', 'referral programme', 'referral program', 'school leavers', 'young people', 'new hires',
      'CV', 'résumé', 'fill positions', 'fill our apprenticeships', 'place to work', 'great place to work', 'young engineers', 'young talent', 'look us up',
    ],
  },
  'first-mover': {
    de: [
      'First Mover', 'First-Mover-Effekt', 'Vorreiter', 'Pionier', 'als Erste', 'als Erstes', 'Vorsprung', 'Wettbewerbsvorteil',
      'Wettbewerb', 'Wettbewerber', 'Konkurrenz', 'Mitbewerber', 'Branche', 'branchenweit', 'Innovation', 'innovativ',
      'experimentieren', 'Experiment', 'ausprobieren', 'Mut', 'mutig', 'Publicity', 'Aufmerksamkeit', 'Pilotprojekt',
      'Neuland', 'Pilot', 'Aufsehen', 'Schlagzeilen', 'Trendsetter', 'Vorbild', 'modern', 'fortschrittlich', 'zukunftsorientiert',
      'abgehängt', 'hinterherhinken', 'verschlafen', 'Early Adopter', 'Presseecho', 'Medienecho',
      'als erstes Unternehmen', 'die erste', 'der erste', 'Vorreiterrolle', 'Nische besetzen', 'besetzen', 'noch niemand', 'noch keiner', 'Nase vorn', 'experimentierfreudig', 'Experimentierfreude', 'Neues wagen', 'wagen', 'sich trauen', 'Pionierarbeit', 'Bühne', 'abwarten', 'Mut zum Experiment', 'Konkurrenz abwarten', 'Zeichen setzen',
      'die Ersten', 'alle anderen', 'merkt keiner', 'offen für Neues', 'Neues ausprobieren', 'als Erstes ausprobieren',
    ],
    en: [
      'first mover', 'first-mover advantage', 'pioneer', 'be first', 'first in our industry', 'industry first',
      'ahead of the competition', 'competition', 'competitor', 'competitive advantage', 'head start', 'edge', 'industry',
      'innovation', 'innovative', 'experiment', 'try out', 'bold', 'courage', 'publicity', 'attention', 'buzz',
      'pilot project', 'pilot', 'new ground', 'uncharted', 'trendsetter', 'trailblazer', 'early adopter', 'headlines',
      'press coverage', 'media coverage', 'forward-thinking', 'modern', 'fall behind', 'left behind', 'lag behind',
      'the first', 'brave', 'dare', 'early mover', 'early-mover advantage', 'stage to ourselves', 'untapped', 'nobody else', 'ahead', 'before the competition', 'willingness to experiment', 'experimental', 'try this', 'first to', 'wait and see', 'others first', 'proven itself',
      'be the first', 'everyone else is doing it', 'nobody will notice', 'new things', 'open to new things', 'first to try',
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
    'Schwarm', 'Kontakt aufnehmen', 'Neukunden', 'Arbeitsalltag', 'Schlagzeilen', 'Vorbild',
  ],
  en: [
    'employer', 'reach', 'audience', 'share', 'engage with', 'recommend', 'segment', 'lead', 'review', 'rating', 'respond', 'response',
    'reply', 'statement', 'attack', 'discussion', 'angry', 'upset', 'crisis', 'price', 'discount', 'feeling', 'heart',
    'connected', 'connection', 'passion', 'relationship', 'funny', 'learn', 'listen', 'perspective', 'lab', 'research',
    'workshop', 'monitoring', 'idea', 'ideas', 'input', 'choose', 'pick', 'decision', 'decide', 'suggest', 'suggestion',
    'involve', 'participate', 'introduce', 'human', 'logo', 'founder', 'executive', 'CEO', 'by name', 'manager', 'staff',
    'colleague', 'boss', 'internal', 'department', 'job', 'career', 'apply', 'application', 'intern', 'competition',
    'industry', 'attention', 'modern', 'edge', 'pilot', 'bold', 'trust', 'hide', 'tangible', 'honest', 'glimpse', 'peek',
    'niche', 'advocate', 'crowd', 'talent', 'experiment', 'innovation', 'innovative', 'get in touch', 'new customers',
    'headlines',
  ],
};

/**
 * Terms of the trade that carry a hint on their own and say by themselves that a text is about
 * company communication ("Shitstorm", "Employer Branding"): relevance weighs them at 1.5 and
 * counts them as context. Written exactly as in {@link SIGNALS}.
 */
export const STRONG_SIGNALS: Localized<string[]> = {
  de: [
    'Transparenz', 'Unternehmensleitbild', 'Zielgruppe', 'Zielgruppenansprache', 'Multiplikator', 'Stakeholder',
    'Meinungsführer', 'Streuverlust', 'Kundenbindung', 'Markenbindung', 'Markentreue', 'Markenliebe', 'Social Listening',
    'hinter die Kulissen', 'Außensicht', 'Außenperspektive', 'Crowdsourcing', 'Schwarmintelligenz', 'Weisheit der Vielen',
    'Open Innovation', 'Co-Creation', 'Ideenwettbewerb', 'Shitstorm', 'Beschwerdemanagement', 'Krisenkommunikation',
    'Negativkommentar', 'Bewertungsportal', 'Corporate Influencer', 'Markenbotschafter', 'gesichtslos', 'Personal Branding',
    'interne Kommunikation', 'Intranet', 'Mitarbeiterzeitung', 'Mitarbeitermagazin', 'Enterprise Social Network',
    'Employer Branding', 'Arbeitgebermarke', 'Arbeitgeberattraktivität', 'Fachkräftemangel', 'Personalmarketing',
    'Digital Natives', 'First Mover', 'First-Mover-Effekt', 'Vorreiter', 'Recruiting', 'Mitarbeiterkommunikation',
  ],
  en: [
    'mission statement', 'target group', 'target audience', 'multiplier', 'stakeholder', 'opinion leader',
    'customer loyalty', 'brand loyalty', 'love the brand', 'social listening', 'behind the scenes', 'outside perspective',
    'crowdsourcing', 'crowdsource', 'wisdom of crowds', 'wisdom of the crowd', 'open innovation', 'co-creation',
    'shitstorm', 'backlash', 'crisis communication', 'negative review', 'corporate influencer', 'brand ambassador',
    'employee advocacy', 'faceless', 'personal branding', 'internal communication', 'internal comms', 'intranet',
    'enterprise social network', 'employer branding', 'employer brand', 'skills shortage', 'war for talent', 'digital natives',
    'first mover', 'first-mover advantage', 'pioneer', 'recruiting',
  ],
};
