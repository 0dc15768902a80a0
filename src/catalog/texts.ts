/**
 * The texts of the ten built-in arguments, in German and English, written for 2026.
 *
 * Each argument keeps the idea of one part of the seed post (`SEED` in `sources.ts`: its introduction and its eight
 * numbered arguments), restated in our own words and updated: current platforms and terms, the cost of staying
 * absent instead of first-mover glory, no claim a sceptical controller would strike. A unit test checks mechanically
 * that no eight-word run of the post appears verbatim and that no dated term is left.
 *
 * What the post never contained is ours and cites its own sources (`SOURCES_OF` below, the references in
 * `sources.ts`): every audience variant, the answers to objections, how to start, measures and risks, every figure,
 * ruling and authority's position. Any sentence with a figure or a ruling names its date and has a matching source.
 *
 * Register: German and English address nobody directly in copied text (it goes in front of a board); the popup
 * speaks to its user with "du" and "you". Both speak of "the company" in the third person and never in the first
 * (no "wir", "we", "our" outside a quoted objection), so that the same text holds whoever signs it. Recommendations
 * are phrased as recommendations ("sollte", "sinnvoll ist", "am besten", "should", "it is worth", "is best"), never
 * as facts a communications team could not promise, and not with one formula for all of them.
 *
 * Signal words are NOT kept here: they live in `signals.ts` (owned by relevance) and are merged in `index.ts`.
 * The objections stay plain strings in the assembled `ArgumentText` (relevance reads them as text); their answers
 * and lexicon topics travel in parallel arrays (`objectionsOf` in `types.ts`). Pure data, free of browser APIs.
 */
import type { RefKey } from './sources';
import type { ArgumentEffort, ArgumentPractice, ArgumentText, Localized, SpecificAudience } from './types';

export type { SpecificAudience } from './types';

/** The ids of the built-in arguments: the post's eight numbered ones, then two from its introduction. */
export const BUILTIN_IDS = [
  'transparency',
  'target-groups',
  'emotional-bond',
  'insights',
  'crowdsourcing',
  'criticism',
  'faces',
  'internal-communication',
  'employer-branding',
  'first-mover',
] as const;

/** One of the built-in argument ids. */
export type BuiltinId = (typeof BUILTIN_IDS)[number];

/**
 * One objection with its answer, as written here. `topic` is the id of the relevance lexicon's objection
 * (`src/relevance/objections.ts`) this one is an instance of, so that an objection found on a page gets this answer.
 */
export interface CatalogObjection {
  /** The objection as people phrase it. */
  text: string;
  /** The answer: one or two sentences. */
  answer: string;
  topic?: string;
  /** The audiences this objection concerns most; a briefing for one of them names it first. */
  audiences?: SpecificAudience[];
}

/**
 * The audiences whose practice notes differ from the general ones and are written for them: HR (its own start and
 * measures: people, time and volunteers, not the channel's business figures), legal (the legal risk and its mitigation), IT (ownership, access, recovery, processors) and the works council (co-determination,
 * voluntariness, no monitoring of performance).
 */
export const OWN_PRACTICE_AUDIENCES = ['hr', 'legal', 'it', 'works-council'] as const satisfies readonly SpecificAudience[];

/**
 * The text of a built-in argument in one language, without `signals` (merged from `SIGNALS`), with its objections
 * and answers together, every audience variant present (3–4 sentences each) and the practice notes.
 */
export type CatalogText = Omit<
  ArgumentText,
  'signals' | 'audiences' | 'objections' | 'answers' | 'objectionTopics' | 'objectionAudiences' | 'practice' | 'audiencePractice'
> & {
  objections: CatalogObjection[];
  audiences: Record<SpecificAudience, string>;
  practice: ArgumentPractice;
  /** Notes written for HR, legal, IT and the works council, replacing the general note of the same kind in their copies. */
  audiencePractice: Record<(typeof OWN_PRACTICE_AUDIENCES)[number], Partial<ArgumentPractice>>;
};

/** Title of the source post, cited by every built-in argument. */
export const SOURCE_TITLE = 'Wie man Social Media im Unternehmen rechtfertigt';

/**
 * The references each argument's texts rely on, besides the seed post: `general` for the public text, its objection
 * answers and practice notes; `audiences` for each variant that cites a figure, a ruling, a statute or a position.
 * A variant without an entry cites no reference, and its copy says it is an editorial addition.
 */
export const SOURCES_OF: Record<BuiltinId, { general: RefKey[]; audiences: Partial<Record<SpecificAudience, RefKey[]>> }> = {
  transparency: { general: [], audiences: { 'works-council': ['betrvg87'], legal: ['ddg5', 'cjeu2018', 'mar17'] } },
  'target-groups': {
    general: ['ardZdf2025'],
    audiences: {
      management: ['ardZdf2025'],
      'works-council': ['bag2016', 'lagHamburg2018', 'betrvg87'],
      legal: ['cjeu2018', 'dsk2022', 'dskFaq2022', 'vgKoeln2025', 'gdpr', 'metaInsights', 'uwg5a'],
      it: ['gdpr'],
    },
  },
  'emotional-bond': {
    general: [],
    audiences: {
      legal: ['kug', 'bag2015', 'gdpr', 'bdsg26', 'cjeu2023', 'urhg51a', 'cjeu2026'],
      it: ['gdpr'],
    },
  },
  insights: { general: [], audiences: { 'works-council': ['betrvg87'], it: ['gdpr'] } },
  crowdsourcing: { general: [], audiences: { 'works-council': ['betrvg87'], it: ['gdpr'] } },
  criticism: {
    general: ['dsk2022', 'dskFaq2022', 'ovgSchleswig2021', 'vgKoeln2025'],
    audiences: {
      'works-council': ['bag2016', 'lagHamburg2018', 'betrvg87'],
      legal: ['dsk2022', 'dskFaq2022', 'ovgSchleswig2021', 'vgKoeln2025'],
    },
  },
  faces: {
    general: ['softgarden2024'],
    audiences: {
      management: ['softgarden2024'],
      'works-council': ['betrvg87', 'bag2016'],
      legal: ['kug', 'bag2015', 'gdpr', 'bdsg26', 'uwg5a'],
    },
  },
  'internal-communication': { general: [], audiences: { 'works-council': ['betrvg87'] } },
  'employer-branding': {
    general: [],
    audiences: { management: ['softgarden2024'], 'works-council': ['betrvg99'], legal: ['agg', 'romeis2018', 'gdpr', 'wp249'] },
  },
  'first-mover': {
    general: ['ardZdf2025', 'bitkom2023', 'bag2016'],
    audiences: {
      management: ['bitkom2023'],
      'works-council': ['betrvg87', 'bag2016', 'lagHamburg2018'],
      legal: ['ddg5', 'cjeu2018', 'aiAct'],
      it: ['gdpr'],
    },
  },
};

/**
 * The staff time each argument's pilot is planned with, as its practice notes state it: one channel pilot of three
 * months at half a working day a week (four hours), shared by the arguments that run on that channel, plus what comes
 * on top (the volunteers' hour a week each for faces, a post every two weeks for employer branding,
 * moderation for the intranet, a monthly format, a poll).
 */
export const EFFORT_OF: Record<BuiltinId, ArgumentEffort> = {
  transparency: { months: 3, hoursPerWeek: 4, shared: true },
  'target-groups': { months: 3, hoursPerWeek: 4, shared: true },
  'emotional-bond': { months: 3, hoursPerWeek: 1, shared: false },
  insights: { months: 3, hoursPerWeek: 4, shared: true },
  crowdsourcing: { months: 3, hoursPerWeek: 1, shared: false },
  criticism: { months: 3, hoursPerWeek: 4, shared: true },
  faces: { months: 3, hoursPerWeek: 5, shared: false },
  'internal-communication': { months: 3, hoursPerWeek: 2, shared: false },
  'employer-branding': { months: 3, hoursPerWeek: 2, shared: false },
  'first-mover': { months: 3, hoursPerWeek: 4, shared: true },
};

/** The texts of all built-in arguments by id and language. */
export const TEXTS: Record<BuiltinId, Localized<CatalogText>> = {
  transparency: {
    de: {
      title: 'Transparenz zeigen statt versprechen',
      claim: 'Auf eigenen Kanälen kann ein Unternehmen belegen, dass die Offenheit aus seinem Leitbild im Alltag gilt.',
      reasoning:
        'Offenheit steht in vielen Leitbildern – aber wo lässt sie sich nachprüfen? Sichtbar wird sie erst, wenn ein Unternehmen auf LinkedIn, Instagram oder im eigenen Newsroom regelmäßig erklärt, wie es entscheidet, und auf Fragen antwortet. Das ersetzt keine Pressearbeit, macht das Unternehmen aber für Kundschaft, Bewerbende und Medien greifbar. Wer auf eigenen Kanälen schweigt, überlässt die Deutung anderen.',
      objections: [
        {
          text: 'Wir wollen nicht alles nach außen tragen.',
          answer:
            'Das muss auch niemand: Transparenz heißt, Entscheidungen und ihre Gründe zu erklären, nicht Interna offenzulegen. Was veröffentlicht wird, legt eine Freigaberegel fest.',
          topic: 'disclosure',
          audiences: ['legal'],
        },
        {
          text: 'Transparenz steht doch schon in unserem Leitbild.',
          answer:
            'Genau deshalb: Ein Wert, den niemand überprüfen kann, überzeugt niemanden. Der eigene Kanal ist der Ort, an dem er sich zeigen lässt.',
        },
        {
          text: 'Zu viel Offenheit macht uns angreifbar.',
          answer:
            'Angreifbar macht vor allem ein Schweigen, das andere füllen. Wer die eigenen Gründe selbst erklärt, muss sie nicht erst mitten in einer Krise nachliefern.',
          topic: 'loss-of-control',
          audiences: ['management'],
        },
        {
          text: 'Warum sollen wir uns von US-Plattformen abhängig machen?',
          answer:
            'Die Abhängigkeit ist real: Konto, Reichweite und Regeln gehören der Plattform. Deshalb gehören Inhalte und Kontakte in den eigenen Newsroom und Newsletter, auf die Plattformbeiträge verweisen; wechselt eine Plattform ihre Regeln oder ihren Eigentümer, kostet das Reichweite, aber nicht die Stimme des Unternehmens.',
          audiences: ['it', 'management'],
        },
      ],
      audiences: {
        management:
          'Ob Kundschaft, Kapitalmarkt, Banken und Partnerunternehmen einem Unternehmen vertrauen, hängt auch davon ab, ob sie seine Aussagen überprüfen können. Ein Leitbildwert, der nach außen unsichtbar bleibt, ist eine bloße Behauptung. Nötig ist vor allem Arbeitszeit: eine verantwortliche Person, ein Redaktionsplan und eine Freigaberegel.',
        hr: 'Offenheit nach außen setzt Offenheit nach innen voraus. Beschäftigte sollten Neuigkeiten nicht zuerst auf LinkedIn lesen. Niemand sollte verpflichtet werden, sich öffentlich zu zeigen; Transparenz betrifft das Unternehmen, nicht das Privatleben der Belegschaft.',
        'works-council':
          'Regeln dafür, wie sich Beschäftigte als solche in sozialen Medien über das Unternehmen äußern, betreffen das Ordnungsverhalten im Betrieb und sind in der Regel nach § 87 Absatz 1 Nummer 1 BetrVG mitbestimmt. Für private Beiträge kann eine Richtlinie nur an bestehende Pflichten erinnern, etwa an Verschwiegenheit und Loyalität, aber keine neuen schaffen. Eine Betriebsvereinbarung vor der Einführung sollte auch festhalten, was nicht gilt: keine Pflicht zu Beiträgen und keine Auswertung privater Profile.',
        legal:
          'Transparenz heißt nicht, Geschäftsgeheimnisse oder personenbezogene Daten zu veröffentlichen; das regelt die Freigabe. Bei börsennotierten Unternehmen gehören Insiderinformationen zuerst in die Ad-hoc-Mitteilung (Artikel 17 MAR), nie vorab in soziale Medien; die Freigabe sollte Investor Relations einbinden. Geschäftlich genutzte Profile brauchen ein Impressum, seit dem 14.05.2024 nach § 5 DDG statt § 5 TMG. Nach dem EuGH-Urteil vom 05.06.2018 (C-210/16) ist, wer eine Unternehmensseite betreibt, für die Verarbeitung hinter der Seitenstatistik gemeinsam mit der Plattform verantwortlich; die Datenschutzinformation des Kanals sollte das nennen.',
        it: 'Für den Anfang genügen die vorhandenen Plattformen; selbst betrieben werden muss nichts. Jedes Konto sollte dem Unternehmen gehören, nicht einer Person: Zwei-Faktor-Authentifizierung, mindestens zwei Administratorrollen und eine Wiederherstellungsadresse des Unternehmens. So lässt sich ein übernommenes Konto über die Plattform zurückholen, statt es neu aufzubauen.',
      },
      practice: {
        start:
          'Eine verantwortliche Person in der Kommunikation, eine Vertretung und eine Pilotphase von drei Monaten auf einem Kanal; als Planungsannahme ein halber Arbeitstag pro Woche, den die Pilotphase überprüft.',
        measures:
          'Der Anteil der Fragen, die innerhalb eines Werktags beantwortet sind, und die Zahl der Medienanfragen, die sich auf eigene Beiträge beziehen.',
        risk: 'Ein Beitrag verrät mehr als gewollt; dagegen helfen eine schriftliche Freigaberegel für heikle Themen und ein zweiter Blick vor dem Posten.',
      },
      audiencePractice: {
        hr: {
          start:
            'Mit der Kommunikation festlegen, dass Beschäftigte Neuigkeiten vor oder mit der Öffentlichkeit erfahren, und in HR eine Ansprechperson für Fragen dazu benennen.',
          measures:
            'Der Anteil der Beschäftigten, die Neuigkeiten zuerst intern erfahren haben, erfragt in einer kurzen Umfrage am Ende der Pilotphase.',
        },
        legal: {
          risk: 'Ein Beitrag verrät Geschäftsgeheimnisse oder personenbezogene Daten, oder einem Kanal fehlen Impressum und Datenschutzinformation; eine Freigaberegel mit Rechtsprüfung für heikle Themen und eine Checkliste für jeden neuen Kanal halten das Risiko klein.',
        },
        it: {
          start:
            'Eine Liste aller Unternehmenskonten führen, mit verantwortlicher Person, Vertretung und Wiederherstellungsweg, und sie bei jedem Personalwechsel prüfen.',
          risk: 'Ein übernommenes oder verwaistes Konto, weil nur eine Person Zugang hatte; ein geübter Wiederherstellungsablauf und das Entziehen von Rollen beim Ausscheiden beugen vor.',
        },
        'works-council': {
          start:
            'Die Social-Media-Richtlinie vor ihrer Einführung mit dem Betriebsrat vereinbaren (Betriebsvereinbarung) und festhalten, dass niemand zu Beiträgen verpflichtet ist und private Profile nicht ausgewertet werden.',
          risk: 'Regeln für Äußerungen über das Unternehmen werden ohne den Betriebsrat eingeführt und müssen zurückgenommen werden; eine früh abgeschlossene Betriebsvereinbarung beugt dem vor.',
        },
      },
    },
    en: {
      title: 'Show transparency instead of promising it',
      claim: 'A company’s own channels let it prove that the openness in its mission statement holds in everyday work.',
      reasoning:
        'Openness appears in many mission statements – but where can anyone check it? It becomes visible only when a company regularly explains on LinkedIn, Instagram or its own newsroom how it decides, and answers questions. That does not replace press relations, but it gives customers, candidates and journalists a real sense of the company. A company that stays silent on its own channels leaves the interpretation to others.',
      objections: [
        {
          text: 'We don’t want to air everything in public.',
          answer:
            'Nobody has to: transparency means explaining decisions and their reasons, not disclosing internal matters. A sign-off process decides what is published.',
          topic: 'disclosure',
          audiences: ['legal'],
        },
        {
          text: 'Transparency is already in our mission statement.',
          answer:
            'That is exactly the point: a value nobody can check convinces nobody. The company’s own channel is where it can be seen.',
        },
        {
          text: 'Too much openness makes us vulnerable.',
          answer:
            'What makes a company vulnerable is a silence that others fill. A company that explains its reasons itself does not have to supply them in the middle of a crisis.',
          topic: 'loss-of-control',
          audiences: ['management'],
        },
        {
          text: 'Why should we make ourselves dependent on US platforms?',
          answer:
            'The dependence is real: the account, its reach and the rules belong to the platform. That is why content and contacts belong in the company’s own newsroom and newsletter, which platform posts point to; if a platform changes its rules or its owner, that costs reach, but not the company’s voice.',
          audiences: ['it', 'management'],
        },
      ],
      audiences: {
        management:
          'Whether customers, investors and partners trust a company depends partly on whether they can check what it says. A stated value that never becomes visible outside remains a mere assertion. What it takes is mainly staff time: one owner, an editorial plan and a sign-off process.',
        hr: 'Openness outside requires openness inside. Staff should not read news about their employer on LinkedIn first. Nobody should be obliged to appear in public; transparency concerns the company, not employees’ private lives.',
        'works-council':
          'Rules on how employees speak about the company in their role as employees concern conduct in the establishment and are generally subject to co-determination under section 87(1)(1) of the German Works Constitution Act (BetrVG). For private posts a policy can only remind staff of duties they already have, such as confidentiality and loyalty, not create new ones. A works agreement concluded before launch should also state what does not apply: no duty to post and no monitoring of private profiles.',
        legal:
          'Transparency does not mean publishing trade secrets or personal data; a sign-off process decides what is shared. For listed companies, inside information goes out in the ad hoc disclosure first (Article 17 MAR), never first on social media; the sign-off process should include investor relations. Business profiles in Germany need a legal notice (Impressum), since 14 May 2024 under section 5 DDG instead of section 5 TMG, unchanged in substance. Under the CJEU judgment of 5 June 2018 (C-210/16), the operator of a company page is a controller jointly with the platform for the processing behind the page statistics; the channel’s privacy notice should say so.',
        it: 'Existing platforms are enough to start; nothing needs to be hosted in-house. Every account should belong to the company, not to a person: two-factor authentication, at least two administrator roles and a company recovery address. That way a hijacked account can be recovered through the platform’s recovery process instead of being rebuilt from scratch.',
      },
      practice: {
        start:
          'One owner in communications, a deputy and a three-month pilot on one channel; as a planning assumption, half a working day a week, which the pilot will test.',
        measures:
          'The share of questions answered within one working day, and the number of press enquiries that refer to the company’s own posts.',
        risk: 'A post reveals more than intended; a written sign-off process for sensitive topics and a second reader before anything goes out guard against it.',
      },
      audiencePractice: {
        hr: {
          start:
            'Agree with communications that staff hear news before or together with the public, and name a contact person in HR for questions about it.',
          measures: 'The share of staff who heard news internally first, asked in a short survey at the end of the pilot.',
        },
        legal: {
          risk: 'A post discloses trade secrets or personal data, or a channel lacks its legal notice and privacy notice; a sign-off process with legal review for sensitive topics and a checklist for every new channel keep the risk small.',
        },
        it: {
          start: 'Keep a list of all company accounts with owner, deputy and recovery route, and check it whenever staff change.',
          risk: 'A hijacked or orphaned account because only one person had access; a rehearsed recovery routine and removing roles when people leave reduce that risk.',
        },
        'works-council': {
          start:
            'Agree the social media policy with the works council in a works agreement before it is introduced, and record that nobody is obliged to post and that private profiles are not monitored.',
          risk: 'Rules on what staff may say about the company are introduced without the works council and have to be withdrawn; a works agreement concluded early reduces that risk.',
        },
      },
    },
  },

  'target-groups': {
    de: {
      title: 'Interessierte und Meinungsbildende direkt erreichen',
      claim: 'Über soziale Netzwerke erreicht ein Unternehmen Interessierte und Meinungsbildende direkt und kommt mit ihnen ins Gespräch.',
      reasoning:
        'Eine Fachjournalistin fragt unter einem Beitrag nach, ein Verband teilt ihn – ganz ohne Presseverteiler. Laut ARD/ZDF-Medienstudie 2025 nutzen 63 Prozent der deutschsprachigen Bevölkerung ab 14 Jahren in Deutschland mindestens wöchentlich soziale Netzwerke und 35 Prozent täglich; die Wochenreichweite wuchs zuletzt fast nur bei den Menschen ab 50. Nicht jede Zielgruppe ist dort täglich erreichbar, doch ob die eigene dort ist, lässt sich mit wenig Aufwand prüfen. Wer folgt, kommentiert oder fragt, hat sich schon gemeldet – mit diesen Menschen beginnt das Gespräch.',
      objections: [
        {
          text: 'Unsere Kundschaft ist gar nicht auf Social Media.',
          answer:
            'Ob sie dort ist, lässt sich prüfen statt annehmen: Ein Blick darauf, wo Kundschaft, Fachmedien und Wettbewerb aktiv sind, zeigt es, bevor Arbeitszeit fließt.',
          topic: 'audience-absent',
        },
        {
          text: 'Wir sind B2B, das ist nichts für uns.',
          answer:
            'Auch im B2B entscheiden Menschen, und Einkauf, Fachabteilungen und Bewerbende sehen sich an, was ein Anbieter öffentlich zeigt. Oft genügt ein gut betreuter Kanal mit Fachinhalten, meist LinkedIn, statt vieler Plattformen.',
          topic: 'audience-absent',
        },
        {
          text: 'Welche Plattform denn – und was ist mit X?',
          answer:
            'Die Plattform folgt der Zielgruppe, nicht der Mode: für Fachpublikum meist LinkedIn, für Endkundschaft eher Instagram oder TikTok. X ist eine Möglichkeit unter mehreren; den Namen dort zu sichern, lohnt sich auch ohne Nutzung.',
        },
        {
          text: 'Organisch erreicht man dort doch kaum noch jemanden.',
          answer:
            'Das stimmt oft, und die eigene Plattformstatistik zeigt nach wenigen Wochen, welcher Anteil der Follower einen Beitrag sieht. Sinnvoll ist deshalb ein Testbudget mit vorab beschlossener Obergrenze, festen Zielen für Anfragen und einem Stopp nach drei Monaten, wenn sie ausbleiben.',
          topic: 'no-roi',
          audiences: ['management'],
        },
        {
          text: 'Wird so kontrolliert, wer wie schnell antwortet?',
          answer:
            'Das sollte die Vereinbarung mit dem Betriebsrat ausschließen: Antwortzeiten nur für das Team auswerten, das Konto mit Teamkürzeln zeichnen.',
          audiences: ['works-council'],
        },
      ],
      audiences: {
        management:
          'Reichweite über Menschen, die sich selbst melden, und über Meinungsbildende ersetzt gekaufte Reichweite nicht, ergänzt sie aber. Laut ARD/ZDF-Medienstudie 2025 nutzen 63 Prozent der deutschsprachigen Bevölkerung ab 14 Jahren in Deutschland mindestens wöchentlich soziale Netzwerke. Kosten entstehen vor allem als Arbeitszeit für Beiträge und Antworten, und eine Pilotphase begrenzt sie auf einen Kanal.',
        hr: 'Dialog führen Menschen, und dafür brauchen sie Arbeitszeit, nicht ihren Feierabend. Dazu gehören feste Zuständigkeiten, Vertretungen und Antwortzeiten, die niemanden am Wochenende verpflichten. Wer für das Unternehmen spricht, sollte das freiwillig tun und dafür geschult sein.',
        'works-council':
          'Können Außenstehende über Beschäftigte posten, unterliegt die Freischaltung nach dem BAG (13.12.2016, 1 ABR 7/15) der Mitbestimmung (§ 87 Absatz 1 Nummer 6 BetrVG); für die Antwortfunktion bei X (damals Twitter) hat das LAG Hamburg (13.09.2018, 2 TaBV 5/18) ebenso entschieden; höchstrichterlich geklärt ist nur die Facebook-Seite. Kommentare können Rückschlüsse auf die Arbeit des Teams zulassen; vorab sollte deshalb vereinbart werden, dass Reaktionen nicht zur Leistungsbewertung dienen. Zu regeln ist auch, wer nach Feierabend antwortet und wie das erfasst wird.',
        legal:
          'Nach dem EuGH (05.06.2018, C-210/16) ist, wer die Seite betreibt, für die Seitenstatistik gemeinsam mit der Plattform verantwortlich (Artikel 26 DSGVO); die Datenschutzkonferenz hielt einen konformen Betrieb von Facebook-Seiten für nicht möglich (Beschluss vom 23.03.2022, FAQ vom 22.06.2022). Das VG Köln hat am 17.07.2025 (13 K 1419/23; bei Verkündung nicht rechtskräftig) für Cookies eine gemeinsame Verantwortung verneint. Die Datenschutzinformation sollte auf Metas Page Insights Controller Addendum verweisen; der DSK genügt das allein nicht. Ob Custom Audiences aus Kundendaten eine Einwilligung brauchen, sollte der Datenschutz vor jedem Upload klären. Bezahlte Kooperationen mit Creators müssen als Werbung erkennbar sein (§ 5a Absatz 4 UWG).',
        it: 'Die Plattformen liefern eigene Statistiken; zusätzliches Tracking auf der Website braucht es dafür nicht. Anfragen aus sozialen Netzwerken gehören in das vorhandene CRM oder Ticketsystem, nicht in private Postfächer. Tools zum Planen und Beantworten von Beiträgen verarbeiten Daten im Auftrag und brauchen vor der Anbindung einen Auftragsverarbeitungsvertrag nach Artikel 28 DSGVO.',
      },
      practice: {
        start:
          'Eine Zielgruppe und eine Plattform auswählen, eine verantwortliche Person benennen und drei Monate lang testen, welche Themen Gespräche auslösen.',
        measures:
          'Qualifizierte Anfragen und Kontakte, die nachweislich über den Kanal kommen, und die Zahl der Gespräche mit Meinungsbildenden.',
        risk: 'Zu viele Kanäle mit zu wenig Zeit; ein Kanal, der verlässlich betreut wird, ist besser als drei, die verwaisen.',
      },
      audiencePractice: {
        hr: {
          start: 'Dienstpläne mit Vertretung für das Beantworten von Fragen festlegen und die Freiwilligen vor dem Start schulen.',
          measures:
            'Einsätze für den Kanal außerhalb der Arbeitszeit, die gegen null gehen sollten, und die Zufriedenheit der Beteiligten nach drei Monaten.',
        },
        legal: {
          risk: 'Die Aufsicht beanstandet die Seite, oder Kundendaten werden ungeprüft für Custom Audiences hochgeladen; eine mit dem betrieblichen Datenschutz dokumentierte Risikoentscheidung und eine Prüfung vor jedem Upload halten dagegen.',
        },
        it: {
          start:
            'Anfragen aus dem Kanal in das vorhandene CRM oder Ticketsystem leiten und Planungstools erst anbinden, wenn ein Auftragsverarbeitungsvertrag vorliegt.',
          risk: 'Anfragen landen in privaten Postfächern oder in Tools ohne Vertrag; ein gemeinsamer Posteingang mit Unternehmenskonten und eine Liste freigegebener Tools beugen dem vor.',
        },
        'works-council': {
          start:
            'Die Betreuung des Kontos auf ein Team mit festen Dienstzeiten verteilen und die Vereinbarung mit dem Betriebsrat vor dem ersten Beitrag abschließen.',
          risk: 'Kommentare lassen Rückschlüsse auf einzelne Beschäftigte zu, die das Konto betreuen; Teamkürzel statt Namen und der vereinbarte Verzicht auf Einzelauswertungen schützen sie.',
        },
      },
    },
    en: {
      title: 'Reach interested people and opinion leaders directly',
      claim: 'Social networks let a company reach interested people and opinion leaders directly and start a conversation with them.',
      reasoning:
        'A trade journalist asks a question under a post, an industry association shares it – no press list needed. According to the ARD/ZDF Media Study 2025, 63 per cent of the German-speaking population aged 14 and over in Germany use social networks at least weekly and 35 per cent daily; recent growth in weekly reach came almost only from people aged 50 and over. Not every audience can be reached there every day, but whether a company’s own audience is there is easy to check. People who follow, comment or ask have already come forward – the conversation starts with them.',
      objections: [
        {
          text: 'Our customers aren’t on social media.',
          answer:
            'Whether they are can be checked rather than assumed: a look at where customers, trade media and competitors are active shows it before any staff time is spent.',
          topic: 'audience-absent',
        },
        {
          text: 'We’re B2B, this isn’t for us.',
          answer:
            'B2B decisions are made by people too, and buyers, specialist departments and candidates look at what a supplier shows in public. One well-run channel with expert content, usually LinkedIn, is often enough.',
          topic: 'audience-absent',
        },
        {
          text: 'Which platform, then – and what about X?',
          answer:
            'The platform follows the audience, not fashion: usually LinkedIn for professionals, Instagram or TikTok for consumers. X is one option among several; securing the name there is worth it even without using it.',
        },
        {
          text: 'Organic reach there is close to nothing anyway.',
          answer:
            'Often true, and the platform’s own statistics show within a few weeks what share of followers sees a post. It is therefore worth setting a test budget with a cap decided in advance, fixed targets for enquiries, and a stop after three months if they do not come.',
          topic: 'no-roi',
          audiences: ['management'],
        },
        {
          text: 'Will this be used to monitor who replies how fast?',
          answer:
            'The agreement with the works council should rule that out: response times analysed only for the team, the account signed with team initials.',
          audiences: ['works-council'],
        },
      ],
      audiences: {
        management:
          'Reach that comes from interested people and opinion leaders does not replace paid reach, but it adds to it. According to the ARD/ZDF Media Study 2025, 63 per cent of the German-speaking population aged 14 and over in Germany use social networks at least weekly. The cost is mainly staff time for posts and replies, and a pilot limits it to one channel.',
        hr: 'Dialogue needs people, and they need working time for it, not their evenings. That means fixed responsibilities, deputies and response times that commit nobody at weekends. Anyone who speaks for the company should do so voluntarily and be trained for it.',
        'works-council':
          'If outsiders can post about employees, enabling that is subject to co-determination (section 87(1)(6) BetrVG) according to the Federal Labour Court’s decision of 13 December 2016 (1 ABR 7/15); for the reply function on X (then Twitter), the Regional Labour Court of Hamburg (13 September 2018, 2 TaBV 5/18) reached the same result; only the Facebook case has been settled by the Federal Labour Court. Comments may allow conclusions about the team’s work, so it is worth agreeing beforehand that reactions are not used to assess performance. Who replies outside working hours, and how that time is recorded, should be settled too.',
        legal:
          'Under the CJEU judgment of 5 June 2018 (C-210/16), the page operator is a controller jointly with the platform for the processing behind the page statistics (Article 26 GDPR); Germany’s Data Protection Conference (DSK) held that Facebook pages could not be run in conformity (resolution of 23 March 2022; FAQ of 22 June 2022). On 17 July 2025 the Administrative Court of Cologne (13 K 1419/23; not final when delivered) held that the page operator is not a joint controller for setting the cookies. The privacy notice should refer to the Page Insights Controller Addendum, though for the DSK that reference alone is not enough. Whether custom audiences built from customer data need consent should be settled with the data protection officer before every upload. Paid partnerships with influencers must be recognisable as advertising (section 5a(4) UWG).',
        it: 'The platforms provide their own statistics; no extra tracking software on the website is needed for that. Enquiries from social networks belong in the existing CRM or ticket system, not in private inboxes. Tools for scheduling and answering posts process data on the company’s behalf and need a data processing agreement under Article 28 GDPR before they are connected.',
      },
      practice: {
        start: 'Choose one audience and one platform, name an owner, and spend three months finding out which topics start conversations.',
        measures:
          'Qualified enquiries and contacts that demonstrably come through the channel, and the number of conversations with opinion leaders.',
        risk: 'Too many channels with too little time; one channel that is reliably looked after beats three that are abandoned.',
      },
      audiencePractice: {
        hr: {
          start: 'Set rotas with deputies for answering questions, and train the volunteers before launch.',
          measures:
            'Time spent on the channel outside working hours, which should stay close to zero, and how satisfied the people involved are after three months.',
        },
        legal: {
          risk: 'A supervisory authority objects to the page, or customer data are uploaded for custom audiences without review; a risk decision documented with the data protection officer and a review before every upload reduce that risk.',
        },
        it: {
          start:
            'Route enquiries from the channel into the existing CRM or ticket system, and connect scheduling tools only once a data processing agreement is in place.',
          risk: 'Enquiries end up in private inboxes or in tools without a contract; a shared inbox with company accounts and a list of approved tools reduce that risk.',
        },
        'works-council': {
          start:
            'Share the account among a team with fixed service hours, and conclude the agreement with the works council before the first post.',
          risk: 'Comments allow conclusions about the individual employees who run the account; team signatures instead of names and an agreed ban on individual analyses protect them.',
        },
      },
    },
  },

  'emotional-bond': {
    de: {
      title: 'Eine Bindung schaffen, die über den Preis hinausgeht',
      claim: 'Soziale Medien können Menschen Gründe geben, einem Unternehmen treu zu bleiben, auch wenn es anderswo günstiger wäre.',
      reasoning:
        'Warum kaufen Menschen immer wieder beim selben Unternehmen? Oft, weil sie regelmäßig sehen, wie es arbeitet, wofür es eintritt und wie es mit Fragen umgeht. Blicke in die Werkstatt, eine klare Haltung zu Themen der eigenen Branche oder eine Prise Humor zeigen die menschliche Seite der Organisation. Eine solche Bindung ersetzt kein gutes Angebot, kann aber den Ausschlag geben, wenn Angebote sich ähneln. Wer nur über den Preis wahrgenommen wird, muss auch über den Preis gewinnen.',
      objections: [
        {
          text: 'Unsere Kundschaft kauft nach Preis, nicht nach Gefühl.',
          answer:
            'Der Preis entscheidet oft, aber selten allein. Bei ähnlichen Angeboten können Vertrauen und Vertrautheit den Ausschlag geben, und beides entsteht durch wiederholten Kontakt.',
        },
        {
          text: 'Emotionen passen nicht zu unserer seriösen Marke.',
          answer:
            'Emotion heißt nicht Klamauk: Sorgfalt, Stolz auf die eigene Arbeit und eine klare Haltung wirken ebenfalls. Der Ton folgt der Marke, nicht umgekehrt.',
        },
        {
          text: 'Was bringt das messbar?',
          answer:
            'Messbar sind nach drei Monaten frühe Zeichen wie wiederkehrende Interaktionen und Direktnachrichten mit Kaufinteresse, nach sechs bis zwölf Monaten das Ergebnis: Wiederkaufrate und Rabattquote der Kundschaft, die dem Kanal folgt, im Vergleich zur übrigen Kundschaft. Beides sollte vor dem Start festgelegt werden.',
          topic: 'no-roi',
          audiences: ['management'],
        },
        {
          text: 'Haben wir schon probiert, hat nichts gebracht.',
          answer:
            'Oft lag es an zu wenig Ausdauer, zu vielen Kanälen oder Zielen, die vorher niemand festgelegt hatte. Ein neuer Versuch mit einem Kanal, einem Format und Kennzahlen, die nach drei Monaten bewertet werden, zeigt, ob es am Thema lag oder an der Umsetzung.',
          topic: 'no-roi',
        },
      ],
      audiences: {
        management:
          'Bindung jenseits des Preises kann Margen schützen, wenn nicht jeder Rabatt der Konkurrenz einen Wechsel auslöst. Ob das gelingt, zeigen nur eigene Daten: Nach drei Monaten zeigen sich Vorstufen wie wiederkehrende Interaktionen; Wiederkauf und Rabatte brauchen länger und einen Vergleich mit Kundschaft ohne den Kanal. Der Aufwand liegt in regelmäßigen, guten Beiträgen, nicht im Werbebudget.',
        hr: 'Emotionale Inhalte zeigen oft Beschäftigte und ihren Arbeitsalltag; das geht nur mit ausdrücklicher, freiwilliger und widerrufbarer Einwilligung. Wer nicht auf Fotos oder in Videos erscheinen möchte, darf dadurch keinen Nachteil haben. Haltungsthemen bespricht man am besten vorher mit der Belegschaft, damit sie hinter dem Beitrag stehen kann.',
        'works-council':
          'Fotos und Videos aus dem Betrieb zeigen Beschäftigte bei der Arbeit und können ihr Verhalten öffentlich machen. Dafür eignet sich eine Vereinbarung mit dem Betriebsrat, die Freiwilligkeit, Widerruf und Löschung regelt und ausschließt, dass Aufnahmen zur Leistungskontrolle genutzt werden. Wer nicht mitmachen möchte, sollte das ohne Begründung ablehnen können.',
        legal:
          'Bilder von Beschäftigten oder Kundschaft dürfen nach §§ 22, 23 KUG grundsätzlich nur mit Einwilligung veröffentlicht werden; bei Beschäftigten muss sie freiwillig sein und schriftlich oder elektronisch vorliegen (§ 26 Absatz 2 BDSG). Das Unternehmen muss sie nachweisen können (Artikel 7 Absatz 1 DSGVO), und sie ist jederzeit widerrufbar (Artikel 7 Absatz 3 DSGVO); ob ein Widerruf nach dem Ausscheiden daneben noch einen plausiblen Grund braucht (BAG, 19.02.2015, 8 AZR 1011/13, vor der DSGVO), ist umstritten, und die Planung sollte mit dem Entfernen von Aufnahmen rechnen. Auf § 26 Absatz 1 BDSG sollte sich seit dem EuGH-Urteil vom 30.03.2023 (C-34/21) niemand mehr verlassen. Memes sind nicht frei: Pastiche (§ 51a UrhG) verlangt nach dem EuGH (14.04.2026, C-590/23) einen erkennbaren künstlerischen Dialog mit dem Vorbild, den Werbemotive selten bieten; im Zweifel lizenzieren.',
        it: 'Für Bilder und Videos reicht eine gemeinsame, zugriffsgeschützte Ablage mit dokumentierten Nutzungsrechten. Vor der Veröffentlichung sollten Metadaten wie der Aufnahmeort aus den Dateien entfernt werden. Für Planungstools gilt: nur mit Unternehmenskonten, Zwei-Faktor-Authentifizierung und einem Auftragsverarbeitungsvertrag.',
      },
      practice: {
        start:
          'Ein Format wählen, das regelmäßig gelingt, etwa ein monatlicher Blick in eine Abteilung mit rund einer Stunde Arbeitszeit pro Woche, und eine Person aus der Kommunikation als Redaktion benennen.',
        measures:
          'Wiederkehrende Interaktionen derselben Menschen und Erwähnungen durch Kundschaft, verglichen mit der Ausgangslage vor dem Start.',
        risk: 'Ein Ton, der nicht zur Marke passt, oder Haltung ohne Handeln; vorbeugen lässt sich mit einer schriftlichen Tonalitätslinie und einer Freigabe für Haltungsthemen.',
      },
      audiencePractice: {
        hr: {
          start: 'Eine Einwilligungsvorlage mit Widerrufsweg bereitstellen und vorab klären, wer freiwillig vor die Kamera geht.',
          measures: 'Die Zahl der Freiwilligen je Quartal und ob jeder Widerruf ohne Nachfragen umgesetzt wurde.',
        },
        legal: {
          risk: 'Eine widerrufene Einwilligung oder ungeklärte Rechte an Musik, Bildern oder Memes; dokumentierte Einwilligungen mit Löschweg und lizenzierte Motive halten das Risiko klein.',
        },
        it: {
          start:
            'Eine zugriffsgeschützte Ablage für Bilder und Videos einrichten, in der Einwilligungen und Nutzungsrechte neben den Dateien dokumentiert sind.',
          risk: 'Dateien verraten über Metadaten Aufnahmeorte, oder Aufnahmen bleiben nach einem Widerruf online; Metadaten vor dem Posten entfernen und einen Löschablauf für alle Kanäle festlegen.',
        },
        'works-council': {
          start:
            'Vor dem ersten Dreh klären, welche Abteilungen mitmachen, und sicherstellen, dass Beschäftigte, die nicht gezeigt werden wollen, außerhalb des Bildes bleiben können.',
          risk: 'Rohmaterial mit Beschäftigten bleibt liegen und wird später anders genutzt als vereinbart; eine Löschfrist für nicht veröffentlichte Aufnahmen beugt dem vor.',
        },
      },
    },
    en: {
      title: 'Build a bond that goes beyond price',
      claim: 'Social media can give people reasons to stay with a company even when they could buy for less elsewhere.',
      reasoning:
        'Why do people keep buying from the same company? Often because they regularly see how it works, what it stands for and how it handles questions. A behind-the-scenes look, a clear position on issues in its own industry or a touch of humour shows the human side of the organisation. Such a bond does not replace a good offer, but it can tip the balance when offers are alike. A company seen only through its prices has to win on price alone.',
      objections: [
        {
          text: 'Our customers buy on price, not on feelings.',
          answer:
            'Price often decides, but rarely alone. When offers are similar, trust and familiarity can tip the balance, and both grow from repeated contact.',
        },
        {
          text: 'Emotions don’t fit our serious brand.',
          answer:
            'Emotion does not mean slapstick: care, pride in the work and a clear stance move people too. The tone follows the brand, not the other way round.',
        },
        {
          text: 'What is the measurable return?',
          answer:
            'After three months, early signs can be measured, such as repeat interactions and direct messages with purchase intent; after six to twelve months, the outcome: repeat-purchase and discount rates of customers who follow the channel compared with those who do not. Both are best fixed before the start.',
          topic: 'no-roi',
          audiences: ['management'],
        },
        {
          text: 'We tried it once and it did nothing.',
          answer:
            'Often the reason was too little stamina, too many channels or goals nobody had set beforehand. A new attempt with one channel, one format and figures reviewed after three months shows whether the topic or the execution was the problem.',
          topic: 'no-roi',
        },
      ],
      audiences: {
        management:
          'A bond beyond price can protect margins if not every competitor’s discount triggers a switch. Only the company’s own data can show whether it does: after three months, only early signs such as repeat interactions are visible; effects on repeat purchases and discounting take longer and need a comparison with customers who do not use the channel. The cost lies in regular, well-made posts, not in the advertising budget.',
        hr: 'Emotional content often shows employees and their working day; that requires explicit, voluntary consent that can be withdrawn. Anyone who does not want to appear in photos or videos must not be disadvantaged. Positions on public issues are best discussed with the workforce before publishing, so that staff can stand behind them.',
        'works-council':
          'Photos and videos from the workplace show employees at work and can make their conduct public. An agreement with the works council should cover voluntariness, withdrawal and deletion, and rule out using recordings to monitor performance. Anyone who does not want to take part should be able to decline without giving a reason.',
        legal:
          'Under sections 22 and 23 of the German Art Copyright Act (KUG), images of employees or customers may as a rule be published only with consent; for employees it must be voluntary and given in writing or electronically (section 26(2) BDSG). The company must be able to prove consent (Article 7(1) GDPR), and it can be withdrawn at any time for the future (Article 7(3) GDPR); whether a withdrawal after someone leaves still needs a plausible reason (Federal Labour Court, 19 February 2015, 8 AZR 1011/13, before the GDPR) is disputed, and plans should allow for taking footage down. Since the CJEU judgment of 30 March 2023 (C-34/21), nobody should rely on section 26(1) BDSG. Memes are not free to use: under the CJEU (14 April 2026, C-590/23), pastiche under section 51a of the German Copyright Act (UrhG) is no catch-all but requires a recognisable artistic dialogue with the original, which pure advertising rarely offers; when in doubt, license.',
        it: 'A shared, access-controlled store for images and videos with documented usage rights is enough. Metadata such as the location should be removed from files before publishing. For scheduling tools the rule is: company accounts only, two-factor authentication and a data processing agreement.',
      },
      practice: {
        start:
          'Choose a format that can be kept up, such as a monthly look into one department at about an hour a week, and name one person in communications as its editor.',
        measures: 'Repeat interactions from the same people and mentions by customers, compared with the baseline before the start.',
        risk: 'A tone that does not fit the brand, or a stance without action; written tone-of-voice guidelines and sign-off for positions on public issues reduce both risks.',
      },
      audiencePractice: {
        hr: {
          start: 'Provide a consent form with a way to withdraw, and find out beforehand who is willing to appear on camera.',
          measures: 'The number of volunteers per quarter, and whether every withdrawal was carried out without questions.',
        },
        legal: {
          risk: 'Consent that is withdrawn, or rights to music, images or memes that were never cleared; documented consent with a way to delete and licensed material keep the risk small.',
        },
        it: {
          start:
            'Set up an access-controlled store for images and videos in which consent and usage rights are recorded next to the files.',
          risk: 'Files reveal locations through their metadata, or footage stays online after consent is withdrawn; strip metadata before posting and set a deletion routine that covers every channel.',
        },
        'works-council': {
          start:
            'Before the first shoot, settle which departments take part, and make sure employees who do not want to be shown can stay out of the frame.',
          risk: 'Raw footage of employees lies around and is later used other than agreed; a deletion period for unpublished footage reduces that risk.',
        },
      },
    },
  },

  insights: {
    de: {
      title: 'Einblicke geben, Außensicht gewinnen',
      claim: 'Wer Einblicke in die eigene Arbeit gibt, bekommt über Kommentare und Antworten eine Außensicht, die intern fehlt.',
      reasoning:
        'Was im Haus Routine ist, finden Außenstehende oft erstaunlich spannend. Wer erzählt, wie ein Produkt entsteht oder welche Frage ein Team gerade löst, bekommt Rückfragen, Widerspruch und Hinweise. Diese Rückmeldungen sind keine repräsentative Marktforschung, aber ein früher Hinweis darauf, wie Produkte und Botschaften ankommen. Wer nur intern spricht, hört auch nur die interne Sicht.',
      objections: [
        {
          text: 'Was wir intern machen, interessiert doch niemanden.',
          answer:
            'Das lässt sich prüfen, statt es anzunehmen: Eine Pilotphase mit wenigen Einblicken zeigt nach einigen Wochen, welche Themen Reaktionen auslösen. Was niemanden interessiert, wird dann eben nicht fortgesetzt.',
        },
        {
          text: 'Wir wollen der Konkurrenz keine Einblicke geben.',
          answer:
            'Einblicke zeigen, wie gearbeitet wird, nicht, was in Entwicklung ist. Eine Freigaberegel legt fest, welche Themen tabu sind.',
          topic: 'disclosure',
          audiences: ['legal'],
        },
        {
          text: 'Wer soll das alles machen?',
          answer:
            'Keine neue Stelle: Fachleute liefern freiwillig und in der Arbeitszeit Stichworte, die Kommunikation schreibt und gibt frei. Ein Einblick pro Woche ist im halben Arbeitstag der Pilotphase eingeplant; die Zeit der Fachleute kommt hinzu.',
          topic: 'no-resources',
          audiences: ['management', 'hr'],
        },
        {
          text: 'Dafür haben wir weder Budget noch eine Stelle.',
          answer:
            'Eine neue Stelle braucht der Anfang nicht: Drei Monate Pilotphase mit einer verantwortlichen Person und, als Planungsannahme, einem halben Arbeitstag pro Woche zeigen, was der Kanal an Arbeitszeit kostet. Über Budget und Stelle entscheiden danach eigene Zahlen statt Schätzungen.',
          topic: 'no-resources',
          audiences: ['management'],
        },
      ],
      audiences: {
        management:
          'Kommentare und Rückfragen sind keine kostenlose Marktforschung, weder repräsentativ noch vollständig. Sie zeigen aber früh und ohne Auftrag, welche Fragen Kundschaft und Fachwelt beschäftigen. Der Aufwand ist die Zeit für Beiträge und für die Auswertung der Reaktionen, und eine Freigaberegel hält Geschäftsgeheimnisse intern.',
        hr: 'Einblicke kommen aus den Fachabteilungen; Beschäftigte entscheiden selbst, ob sie etwas beitragen. Beiträge sollten in der Arbeitszeit entstehen und Anerkennung finden, etwa durch Nennung, wenn die Person das möchte. Hilfreich ist eine kurze Schulung dazu, was öffentlich gesagt werden kann.',
        'works-council':
          'Reaktionen auf Beiträge, die einzelne Beschäftigte zeigen, können Rückschlüsse auf deren Arbeit erlauben. Werden sie mit einem Tool ausgewertet, kommt die Mitbestimmung nach § 87 Absatz 1 Nummer 6 BetrVG in Betracht. Vorab sollte feststehen, dass Auswertungen nur Themen und Formate betreffen, nie einzelne Personen.',
        legal:
          'Vor der Veröffentlichung ist zu prüfen, ob Geschäftsgeheimnisse, Kundendaten oder Rechte Dritter berührt sind. Ein einfacher Freigabeschritt für heikle Themen genügt meist. Werden Kommentare systematisch ausgewertet, ist das eine Verarbeitung personenbezogener Daten, für die Zweck, Umfang und Speicherdauer festzulegen sind.',
        it: 'Fotos aus Büro, Labor oder Produktion können unbeabsichtigt Bildschirme, Zugangsdaten oder Pläne zeigen; ein prüfender Blick vor dem Posten beugt vor. Für die Auswertung von Kommentaren reichen zunächst die Bordmittel der Plattformen. Zusätzliche Social-Listening-Dienste sollten wie jeder andere Cloud-Dienst geprüft werden, einschließlich Auftragsverarbeitung und Speicherort.',
      },
      practice: {
        start:
          'Eine Person in der Kommunikation sammelt Themen bei zwei oder drei Fachabteilungen; in der Pilotphase erscheint ein Einblick pro Woche.',
        measures:
          'Kommentare mit Rückfragen oder Hinweisen je Beitrag und die Zahl der Hinweise, die an Fachabteilungen weitergegeben wurden.',
        risk: 'Ein Foto oder ein Satz verrät Vertrauliches; eine kurze Checkliste vor dem Posten und eine Freigabe für Fachinhalte beugen vor.',
      },
      audiencePractice: {
        hr: {
          start:
            'In den Fachabteilungen Freiwillige gewinnen und ihre Beiträge im Arbeitsplan einplanen, nicht zusätzlich zum Tagesgeschäft.',
          measures: 'Wie viele Beschäftigte beitragen und wie viele von ihnen wieder mitmachen würden.',
        },
        legal: {
          risk: 'Ein Einblick legt Geschäftsgeheimnisse, Kundendaten oder Rechte Dritter offen; ein Freigabeschritt für Fachinhalte sowie Zweck und Löschfrist für ausgewertete Kommentare begrenzen das Risiko.',
        },
        it: {
          start:
            'Für den Anfang die Statistik der Plattformen nutzen; Social-Listening-Dienste erst nach der Prüfung, die jeder Cloud-Dienst durchläuft, mit Auftragsverarbeitungsvertrag und bekanntem Speicherort.',
          risk: 'Fotos aus Büro oder Produktion zeigen Bildschirme, Zugangsdaten oder Pläne; ein Blick auf den Bildhintergrund vor dem Posten gehört in die Checkliste.',
        },
        'works-council': {
          start:
            'Beschäftigte entscheiden selbst, ob sie zu Einblicken beitragen, und tun es in der Arbeitszeit; mit dem Betriebsrat wird vorab festgelegt, dass Auswertungen nur Themen und Formate betreffen.',
          risk: 'Reaktionen auf Beiträge mit einzelnen Beschäftigten werden als Urteil über deren Leistung gelesen; Auswertungen nur auf Ebene der Beiträge beugen dem vor.',
        },
      },
    },
    en: {
      title: 'Open up, and see yourself from outside',
      claim: 'A company that shows how it works gets an outside view from comments and replies, one it cannot get internally.',
      reasoning:
        'What is routine inside a company often fascinates outsiders. Explaining how a product is made or which problem a team is solving brings questions, disagreement and tips. This feedback is not representative market research, but it is an early sign of how products and messages are received. A company that only talks to itself only hears its own view.',
      objections: [
        {
          text: 'Nobody cares what we do internally.',
          answer:
            'That can be tested instead of assumed: a pilot with a few insights shows within weeks which topics get reactions. Whatever interests nobody is simply not continued.',
        },
        {
          text: 'We don’t want to give competitors a look inside.',
          answer: 'Insights show how the work is done, not what is in development. A sign-off process decides which topics are off limits.',
          topic: 'disclosure',
          audiences: ['legal'],
        },
        {
          text: 'Who is going to do all this?',
          answer:
            'No new hire: experts supply the points voluntarily and within working time, and communications writes and approves. One insight a week is planned within the pilot’s half working day; the experts’ own time comes on top.',
          topic: 'no-resources',
          audiences: ['management', 'hr'],
        },
        {
          text: 'We have neither the budget nor a position for this.',
          answer:
            'Starting needs no new position: a three-month pilot with one owner and a fixed share of working time, as a planning assumption half a working day a week, shows what the channel really costs in staff time. Budget and headcount can then be decided on real figures rather than estimates.',
          topic: 'no-resources',
          audiences: ['management'],
        },
      ],
      audiences: {
        management:
          'Comments and questions are not free market research, because they are neither representative nor complete. But they show early, and unprompted, which questions are on customers’ and experts’ minds. The cost is the time for posts and for reviewing reactions, and a sign-off process keeps trade secrets internal.',
        hr: 'Insights come from the specialist departments; employees decide for themselves whether to contribute. Contributions should be made in working time and deserve recognition, for instance a credit if the person wants one. A short training session on what can be said in public helps.',
        'works-council':
          'Reactions to posts that show individual employees can allow conclusions about their work. If such reactions are analysed with a tool, co-determination under section 87(1)(6) BetrVG may apply. It should be agreed beforehand that analyses cover topics and formats only, never individual people.',
        legal:
          'Before publishing, check whether trade secrets, customer data or third-party rights are affected. A simple approval step for sensitive topics is usually enough. Systematically analysing comments is processing of personal data, which needs a defined purpose, scope and retention period.',
        it: 'Photos from offices, labs or production can accidentally show screens, credentials or plans; a careful look before posting reduces that risk. The platforms’ own tools are enough for analysing comments at first. Additional social listening services should be assessed like any other cloud service, including data processing terms and storage location.',
      },
      practice: {
        start:
          'One person in communications collects topics from two or three specialist departments; during the pilot, one insight is published a week.',
        measures: 'Comments with questions or tips per post, and the number of tips passed on to specialist departments.',
        risk: 'A photo or a sentence reveals something confidential; a short checklist before posting and sign-off for specialist content reduce that risk.',
      },
      audiencePractice: {
        hr: {
          start: 'Recruit volunteers in the specialist departments and plan their contributions into their workload, not on top of it.',
          measures: 'How many employees contribute, and how many of them would do it again.',
        },
        legal: {
          risk: 'An insight exposes trade secrets, customer data or third-party rights; a sign-off step for specialist content, and a defined purpose and retention period for analysed comments, limit the risk.',
        },
        it: {
          start:
            'Start with the platforms’ own statistics; add social listening services only after the review any cloud service gets, with a data processing agreement and a known storage location.',
          risk: 'Photos from offices or production show screens, credentials or plans; checking the background before posting belongs on the checklist.',
        },
        'works-council': {
          start:
            'Employees decide for themselves whether to contribute insights, and do so in working time; it is agreed with the works council beforehand that analyses cover topics and formats only.',
          risk: 'Reactions to posts featuring individual employees are read as a verdict on their performance; analysing posts only, never people, reduces that risk.',
        },
      },
    },
  },

  crowdsourcing: {
    de: {
      title: 'Viele fragen, besser entscheiden',
      claim: 'Wer Kundschaft, Community und Beschäftigte bei ausgewählten Fragen mitreden lässt, entscheidet auf breiterer Grundlage.',
      reasoning:
        'Welcher Name ist verständlich, welche Funktion fehlt, welches Motiv kommt besser an? Umfragen, offene Aufrufe und Ideenwettbewerbe auf LinkedIn, Instagram oder in der eigenen Community holen zu solchen Fragen den Blick von vielen ein. Wer gefragt wird und sieht, was aus der eigenen Antwort wird, fühlt sich ernst genommen, und das gilt für Beschäftigte ebenso wie für Kundschaft. Wer die eigene Community fragt, entscheidet weiter selbst – aber mit mehr Wissen.',
      objections: [
        {
          text: 'Entscheidungen trifft bei uns die Geschäftsleitung, nicht das Internet.',
          answer:
            'So bleibt es auch: Eine Umfrage liefert Hinweise, keinen Auftrag. Am besten wird sie so formuliert, dass jedes mögliche Ergebnis umsetzbar ist.',
          audiences: ['management'],
        },
        {
          text: 'Dann stimmen am Ende Trolle über unser Produkt ab.',
          answer: 'Darum wird nur gefragt, wo jedes Ergebnis umsetzbar ist, und nur zwischen Möglichkeiten, die alle akzeptabel sind.',
        },
        {
          text: 'Unsere Ideen könnten kopiert werden.',
          answer:
            'Vertrauliches gehört nicht in eine öffentliche Frage; gefragt wird nach Vorlieben und Erfahrungen, nicht nach Plänen. Für ausgearbeitete Ideen gibt es geschlossene Runden mit ausgewählter Kundschaft.',
        },
        {
          text: 'Dann haften wir für das, was andere bei uns kommentieren.',
          answer:
            'Veröffentlichte Hausregeln, eine tägliche Sichtung an Werktagen und das zügige Entfernen rechtswidriger Beiträge, sobald sie bekannt sind, halten dieses Risiko klein. Wer das übernimmt und wann die Rechtsabteilung hinzukommt, legt die Richtlinie vorab fest.',
          topic: 'legal-risk',
          audiences: ['legal'],
        },
      ],
      audiences: {
        management:
          'Eine Umfrage unter Kundschaft kostet wenig und kann das Risiko senken, an Bedürfnissen vorbeizuentwickeln. Die Ergebnisse sind nicht repräsentativ, zeigen aber Tendenzen; ob Beteiligte eher kaufen oder weiterempfehlen, lässt sich nur an eigenen Daten prüfen. Der Aufwand liegt in der Vorbereitung der Frage und in der öffentlichen Rückmeldung, was aus den Antworten wurde.',
        hr: 'Beschäftigte wissen oft am besten, was in ihrem Bereich funktioniert, und interne Umfragen machen dieses Wissen sichtbar. Die Teilnahme sollte freiwillig bleiben, und wer anders abstimmt, darf keinen Nachteil haben. Wichtig ist, Ergebnisse und Entscheidungen zurückzumelden, sonst macht beim nächsten Mal niemand mit.',
        'works-council':
          'Interne Umfragen über ein Umfragetool können Rückschlüsse auf einzelne Personen erlauben und dann der Mitbestimmung nach § 87 Absatz 1 Nummer 6 BetrVG unterliegen. Vorab mit dem Betriebsrat zu vereinbaren sind Anonymität, Mindestgrößen für ausgewertete Gruppen und die Löschung der Rohdaten. Ideen von Beschäftigten können zudem unter das betriebliche Vorschlagswesen fallen, dessen Grundsätze nach § 87 Absatz 1 Nummer 12 BetrVG ebenfalls mitbestimmt sind.',
        legal:
          'Sollen Ideen von außen übernommen werden, müssen die Nutzungsrechte vorher in Teilnahmebedingungen geregelt sein. Umfragen erheben personenbezogene Daten; erhoben werden sollte nur das Nötige, und die Teilnehmenden sind zu informieren. Vertrauliche Produktpläne gehören nicht in eine öffentliche Abstimmung.',
        it: 'Einfache Abstimmungen bieten die Plattformen selbst, und für interne Umfragen genügt oft ein vorhandenes Tool im Intranet. Externe Umfragedienste brauchen einen Auftragsverarbeitungsvertrag und sollten Daten möglichst in der EU verarbeiten. Vor dem Ende einer Aktion sollten die Ergebnisse exportiert und gesichert werden.',
      },
      practice: {
        start:
          'Eine echte Frage wählen, deren Ausgang offen ist, mit zwei bis vier Antworten, die alle umsetzbar wären, die verantwortliche Fachabteilung benennen und die Rückmeldung an die Beteiligten gleich mit planen.',
        measures:
          'Die Beteiligung im Verhältnis zur Reichweite des Kanals und ob das Ergebnis sichtbar in eine Entscheidung eingeflossen ist.',
        risk: 'Eine Abstimmung, deren Ergebnis man dann nicht umsetzen will; nur Fragen, bei denen jedes Ergebnis umsetzbar ist, senken dieses Risiko.',
      },
      audiencePractice: {
        hr: {
          start: 'Interne Umfragen mit dem Betriebsrat abstimmen und Ergebnisse und Entscheidungen an die Belegschaft zurückmelden.',
          measures: 'Die Teilnahme an internen Umfragen und der Anteil der Ergebnisse, die sichtbar in Entscheidungen eingeflossen sind.',
        },
        legal: {
          risk: 'Ideen werden übernommen, ohne dass Nutzungsrechte geregelt sind, oder Umfragen erheben mehr Daten als nötig; Teilnahmebedingungen mit Rechteeinräumung und eine Datenschutzinformation zu jeder Umfrage beugen dem vor.',
        },
        it: {
          start:
            'Die Abstimmungsfunktion der Plattform oder ein vorhandenes Intranet-Tool nutzen; externe Umfragedienste nur mit Auftragsverarbeitungsvertrag und möglichst mit Verarbeitung in der EU.',
          risk: 'Rohdaten bleiben nach der Aktion in einem Dienst liegen; der Export der Ergebnisse und die Löschung der Rohdaten zu einem festen Termin gehören zum Abschluss.',
        },
        'works-council': {
          start:
            'Interne Umfragen erst starten, wenn Anonymität, Mindestgrößen für ausgewertete Gruppen und die Löschung der Rohdaten mit dem Betriebsrat vereinbart sind, und klären, ob eingereichte Ideen unter die bestehende Regelung zum Vorschlagswesen fallen.',
          risk: 'Kleine Gruppen machen Antworten Einzelnen zuordenbar; Mindestgrößen und eine freiwillige Teilnahme ohne Nachteile schützen davor.',
        },
      },
    },
    en: {
      title: 'Ask many, decide better',
      claim: 'Letting customers, the community and employees have a say on selected questions gives decisions a broader footing.',
      reasoning:
        'Which name is clear, which feature is missing, which design works better? Polls, open calls and idea contests on LinkedIn, Instagram or in a company’s own community bring many eyes to such questions. People who are asked, and who see what became of their answer, feel taken seriously, and that holds for employees as much as for customers. A company that asks its community still makes the decision itself – but with more knowledge.',
      objections: [
        {
          text: 'Decisions here are made by management, not by the internet.',
          answer:
            'That does not change: a poll gives pointers, not a mandate. It is best worded so that every possible result can be implemented.',
          audiences: ['management'],
        },
        {
          text: 'Trolls will end up voting on our product.',
          answer:
            'That is why the only questions asked are ones where every outcome can be implemented, with options that are all acceptable. Free votes without a shortlist are exactly what to avoid.',
        },
        {
          text: 'Our ideas could be copied.',
          answer:
            'Confidential matters do not belong in a public question; the questions are about preferences and experience, not plans. Worked-out ideas go to closed rounds with selected customers.',
        },
        {
          text: 'Then we are liable for what others comment on our page.',
          answer:
            'Published house rules, a daily check on working days and removing unlawful posts promptly once they are known keep that risk small. The policy settles in advance who does this and when the legal department is brought in.',
          topic: 'legal-risk',
          audiences: ['legal'],
        },
      ],
      audiences: {
        management:
          'A customer poll costs little and can lower the risk of building something customers do not need. The results are not representative but show tendencies; only the company’s own data can show whether participants are more likely to buy or recommend. The effort lies in preparing the question and in reporting back publicly what became of the answers.',
        hr: 'Employees often know best what works in their area, and internal polls make that knowledge visible. Taking part should stay voluntary, and nobody may be disadvantaged for voting differently. Results and decisions need to be reported back, or nobody will take part next time.',
        'works-council':
          'Internal polls run through a technical tool can allow conclusions about individuals and may then be subject to co-determination under section 87(1)(6) BetrVG. Anonymity, minimum group sizes for analysis and the deletion of raw data should be agreed with the works council beforehand. Employees’ ideas may also fall under the company suggestion scheme, whose principles are subject to co-determination under section 87(1)(12) BetrVG as well.',
        legal:
          'If ideas from outside are to be adopted, usage rights must be settled beforehand in the terms of participation. Polls collect personal data; only what is needed should be collected, and participants must be informed. Confidential product plans do not belong in a public vote.',
        it: 'The platforms offer simple polls themselves, and for internal polls an existing intranet tool is often enough. External survey services need a data processing agreement and should preferably process data in the EU. It is worth exporting and backing up results before a campaign ends.',
      },
      practice: {
        start:
          'Pick a real question whose outcome is still open, with two to four answers that could all be implemented, name the responsible department, and plan the report back to participants from the start.',
        measures: 'Participation relative to the channel’s reach, and whether the result visibly fed into a decision.',
        risk: 'A vote whose result nobody then wants to implement; asking only questions where every outcome can be implemented reduces that risk.',
      },
      audiencePractice: {
        hr: {
          start: 'Agree internal polls with the works council, and report results and decisions back to the workforce.',
          measures: 'Turnout in internal polls, and the share of results that visibly fed into decisions.',
        },
        legal: {
          risk: 'Ideas are adopted without settled usage rights, or polls collect more data than needed; terms of participation that grant the rights and a privacy notice for every poll reduce that risk.',
        },
        it: {
          start:
            'Use the platform’s own poll feature or an existing intranet tool; external survey services only with a data processing agreement and preferably with processing in the EU.',
          risk: 'Raw data stays behind in a service after the campaign; exporting the results and deleting the raw data on a fixed date are part of closing it.',
        },
        'works-council': {
          start:
            'Start internal polls only once anonymity, minimum group sizes for analysis and deletion of raw data are agreed with the works council, and settle whether submitted ideas fall under the existing rules on the suggestion scheme.',
          risk: 'Small groups make answers traceable to individuals; minimum group sizes and voluntary participation without disadvantage protect against that.',
        },
      },
    },
  },

  criticism: {
    de: {
      title: 'Kritik gibt es ohnehin – besser, man kann antworten',
      claim: 'Kritik entsteht auch ohne eigenen Kanal; mit eigener Präsenz kann ein Unternehmen sie früher bemerken und darauf antworten.',
      reasoning:
        'Über Unternehmen wird öffentlich geschimpft, gelobt und gefragt – ob sie mitlesen oder nicht. Ohne eigenen Kanal bleibt das oft unbemerkt und ohne Antwort. Wer mitliest, erkennt Kritik früh, beantwortet sie sachlich und klärt manches Missverständnis, bevor es sich verbreitet. Mit eigenem Kanal wird nicht nur über das Unternehmen gesprochen, sondern auch mit ihm.',
      objections: [
        {
          text: 'Wir haben Angst vor einem Shitstorm.',
          answer:
            'Ein Shitstorm braucht keinen Unternehmenskanal: Empörung verbreitet sich auch dort, wo das Unternehmen nicht mitliest. Mit eigenem Kanal, vorbereitetem Ablauf und klaren Zuständigkeiten lässt sie sich früher erkennen und sachlich beantworten.',
          topic: 'public-criticism',
          audiences: ['management'],
        },
        {
          text: 'Wir verlieren die Kontrolle darüber, was über uns gesagt wird.',
          answer:
            'Diese Kontrolle hat kein Unternehmen, auch ohne Kanal nicht. Mit eigenem Kanal gewinnt es eine Stimme in dem Gespräch, das ohnehin geführt wird, und wer mitliest, sieht neben der Kritik auch die sachliche Antwort.',
          topic: 'loss-of-control',
        },
        {
          text: 'Und der Datenschutz? Facebook-Seiten gelten doch als nicht konform.',
          answer:
            'Die Frage ist berechtigt, denn die Datenschutzkonferenz hielt am 23.03.2022 einen konformen Betrieb für nicht möglich, das OVG Schleswig bestätigte am 25.11.2021 nach altem Recht eine Abschaltung; das VG Köln verneinte am 17.07.2025 eine Mitverantwortung für Cookies, über die Seitenstatistik entschied es nicht. Wer trotzdem eine Seite betreibt, entscheidet das dokumentiert mit dem Datenschutz, setzt auf der eigenen Website kein Meta-Pixel ein und macht den Newsroom zum Zentrum.',
          topic: 'data-protection',
          audiences: ['legal'],
        },
        {
          text: 'Wer kommt in einer Krise an das Konto?',
          answer:
            'Mindestens zwei Personen mit eigener Admin-Rolle, Zwei-Faktor-Authentifizierung und hinterlegter Wiederherstellung, vor dem Start eingerichtet und einmal geprobt.',
          audiences: ['it'],
        },
        {
          text: 'Wer schützt öffentlich angegriffene Beschäftigte?',
          answer:
            'Das Unternehmen: Eine Betriebsvereinbarung sollte Meldeweg, das Entfernen von Beleidigungen und Hilfe bei einer Anzeige festlegen, und wer angegriffen wird, sollte nicht selbst antworten müssen.',
          audiences: ['works-council'],
        },
      ],
      audiences: {
        management:
          'Kritik, auf die niemand antwortet, prägt das Bild des Unternehmens ohne Gegenstimme. Eine schnelle, sachliche Antwort begrenzt den Schaden nicht immer, zeigt aber allen Mitlesenden, wie das Unternehmen mit Problemen umgeht. Ein vorbereiteter Krisenablauf mit Zuständigkeiten und Freigaben kostet einige Stunden Arbeit, bevor er gebraucht wird.',
        hr: 'Wer Kritik beantwortet, braucht Rückendeckung, klare Regeln und die Möglichkeit, schwierige Fälle weiterzugeben. Beschäftigte, die persönlich angegriffen werden, brauchen Schutz: einen Meldeweg, das Entfernen von Beleidigungen und auf Wunsch Unterstützung bei einer Anzeige. Moderation in belastenden Phasen sollte auf mehrere Personen verteilt werden.',
        'works-council':
          'Erlaubt eine Facebook-Seite Besucher-Beiträge über Verhalten und Leistung von Beschäftigten, ist das nach dem BAG-Beschluss vom 13.12.2016 (1 ABR 7/15) eine technische Einrichtung im Sinne von § 87 Absatz 1 Nummer 6 BetrVG und mitbestimmungspflichtig. Für ein Unternehmenskonto bei X (damals Twitter) hat das LAG Hamburg am 13.09.2018 (2 TaBV 5/18) wegen der Antwortfunktion ebenso entschieden; höchstrichterlich geklärt ist nur die Facebook-Seite. Vor dem Start gehört deshalb eine Betriebsvereinbarung auf den Tisch: wie mit Kommentaren über Beschäftigte umgegangen wird und dass sie nicht der Leistungskontrolle dienen.',
        legal:
          'Die Datenschutzkonferenz hielt einen konformen Betrieb von Facebook-Seiten für nicht möglich (Beschluss vom 23.03.2022, FAQ vom 22.06.2022). Das OVG Schleswig bestätigte am 25.11.2021 (4 LB 20/13) nach der Rechtslage von 2011 die Abschaltung der Facebook-Seite eines Unternehmens; das VG Köln hob am 17.07.2025 (13 K 1419/23) die Untersagung der Seite des Bundespresseamts auf, weil allein Meta die Einwilligung in seine Cookies einholen müsse (bei Verkündung nicht rechtskräftig). Veröffentlichte Hausregeln erlauben, auch Spam, Beleidigungen oder Beiträge ohne Bezug zu entfernen, wenn sie einheitlich gelten und Löschungen dokumentiert werden. Persönliche Daten gehören in eine Direktnachricht, nicht in die öffentliche Antwort.',
        it: 'Benachrichtigungen und ein gemeinsamer Posteingang sorgen dafür, dass kritische Kommentare nicht unbemerkt bleiben. Dazu kommen Zwei-Faktor-Authentifizierung, mindestens zwei Administratorrollen und ein geübter Ablauf, um ein gekapertes Konto zurückzuholen. Für Krisen sollte vorab feststehen, wer Zugriff hat und wie Beiträge schnell korrigiert oder verborgen werden.',
      },
      practice: {
        start:
          'Einen Ablauf für Kritik schriftlich festlegen: wer beobachtet, wer antwortet, wer eskaliert und wer freigibt, jeweils mit Vertretung; in der Pilotphase eine tägliche Sichtung an Werktagen.',
        measures:
          'Der Median der Antwortzeit auf Kritik und der Anteil der Beschwerden, die öffentlich oder per Direktnachricht geklärt wurden.',
        risk: 'Eine vorschnelle oder gereizte Antwort verschärft den Konflikt; vorbereitete Antwortbausteine und das Vier-Augen-Prinzip bei heiklen Fällen halten dagegen.',
      },
      audiencePractice: {
        hr: {
          start: 'Einen Meldeweg für angegriffene Beschäftigte einrichten und die Moderation auf mehrere geschulte Personen verteilen.',
          measures: 'Gemeldete Anfeindungen gegen Beschäftigte und die Zeit, bis sie bearbeitet waren.',
        },
        legal: {
          risk: 'Die Datenschutzaufsicht beanstandet die Seite, oder die Moderation wirkt willkürlich; eine dokumentierte Risikoentscheidung mit dem betrieblichen Datenschutz, veröffentlichte Hausregeln und dokumentierte Löschungen halten dagegen.',
        },
        it: {
          start:
            'Benachrichtigungen und einen gemeinsamen Posteingang einrichten und festlegen, wer im Krisenfall Zugriff hat und Beiträge verbergen oder korrigieren kann.',
          risk: 'In der Krise fehlt der Zugriff, weil die berechtigte Person nicht erreichbar ist; eine Vertretung mit eigener Rolle und ein hinterlegter Notfallablauf verkleinern die Lücke.',
        },
        'works-council': {
          start:
            'Vor dem Start klären, welche Funktionen der Kanal für Beiträge und Antworten von außen öffnet, denn davon hängt die Mitbestimmung ab, und die Moderation nur Beschäftigten übertragen, die sie freiwillig übernehmen.',
          risk: 'Beschäftigte werden öffentlich angegriffen oder sollen Kritik nach Feierabend beantworten; ein Meldeweg, das Entfernen von Beleidigungen und Moderation nur in der Arbeitszeit schützen sie.',
        },
      },
    },
    en: {
      title: 'Criticism happens anyway – better to be able to answer',
      claim: 'Criticism comes whether or not a company has its own channel; with a presence, it can notice criticism earlier and answer.',
      reasoning:
        'Companies get criticised, praised and questioned in public – whether they are listening or not. Without a channel of its own, a company often misses it and has no voice in it. A company that listens can spot criticism early, answer it factually and clear up many misunderstandings before they spread. Once a company has its own channel, people talk with it, not just about it.',
      objections: [
        {
          text: 'We’re afraid of an online backlash.',
          answer:
            'A backlash does not need a company channel: outrage also spreads where the company isn’t listening. With a channel, a prepared routine and clear responsibilities, it can be spotted earlier and answered factually.',
          topic: 'public-criticism',
          audiences: ['management'],
        },
        {
          text: 'We would lose control of what is said about us.',
          answer:
            'No company has that control, with or without a channel. A channel gives it a voice in the conversation that is taking place anyway, and readers see the factual reply next to the criticism.',
          topic: 'loss-of-control',
        },
        {
          text: 'What about data protection? Facebook pages are said to be non-compliant.',
          answer:
            'A fair question, since on 23 March 2022 Germany’s Data Protection Conference (DSK) held that Facebook pages could not be run in conformity, and on 25 November 2021 a higher administrative court upheld, under the old law, an order to deactivate one; on 17 July 2025 the Administrative Court of Cologne denied joint control for the cookies and did not rule on the page statistics. An organisation that runs a page anyway makes a documented risk decision with its data protection officer, uses no Meta pixel on its own website and makes its own newsroom the hub.',
          topic: 'data-protection',
          audiences: ['legal'],
        },
        {
          text: 'Who can get into the account in a crisis?',
          answer:
            'At least two people with admin roles of their own, two-factor authentication and a stored recovery route, set up before launch and rehearsed once.',
          audiences: ['it'],
        },
        {
          text: 'Who protects colleagues who are attacked in public?',
          answer:
            'The company: a works agreement should set out a reporting route, removal of insults and help with a criminal complaint, and those attacked should not have to reply themselves.',
          audiences: ['works-council'],
        },
      ],
      audiences: {
        management:
          'Criticism that nobody answers shapes the company’s image unopposed. A quick, factual reply does not always limit the damage, but it shows everyone reading along how the company deals with problems. A prepared crisis routine with responsibilities and approvals costs a few hours of work before it is needed.',
        hr: 'People who answer criticism need backing, clear rules and a way to hand on difficult cases. Employees who are attacked personally need protection: a reporting route, removal of insults and, if they wish, support in filing a complaint with the police. Moderation during stressful periods should be shared among several people.',
        'works-council':
          'If a company enables visitor posts on its Facebook page, through which visitors can comment on employees’ conduct and performance, that page is a technical device under section 87(1)(6) BetrVG and subject to co-determination, according to the Federal Labour Court’s decision of 13 December 2016 (1 ABR 7/15). For a company account on X (then Twitter), the Regional Labour Court of Hamburg reached the same result on 13 September 2018 (2 TaBV 5/18) because of its reply function; that is one regional court’s decision, whereas only the Facebook case has been settled by the Federal Labour Court. A works agreement before launch should therefore settle how comments about employees are handled and rule out using them to monitor performance.',
        legal:
          'Germany’s Data Protection Conference (DSK) held that Facebook pages could not be run in conformity (resolution of 23 March 2022; FAQ of 22 June 2022). On 25 November 2021 the Higher Administrative Court of Schleswig-Holstein (4 LB 20/13) upheld, on the law as it stood in 2011, an order to deactivate a company’s Facebook page; on 17 July 2025 the Administrative Court of Cologne (13 K 1419/23) lifted the order against the Federal Press Office’s page, holding that only Meta has to obtain consent to its cookies (not final when delivered). Moderation is not limited to unlawful content: published house rules allow spam, insults or off-topic posts to be removed as well, and what matters is applying them consistently and documenting removals. Complainants’ personal data belong in a direct message, not in the public reply.',
        it: 'Notifications and a shared inbox make sure critical comments are not missed. Just as important are two-factor authentication, at least two administrator roles and a rehearsed routine for recovering a hijacked account through the platform’s recovery process. For crises it should be settled in advance who has access and how posts can be corrected or hidden quickly.',
      },
      practice: {
        start:
          'Write down a routine for criticism: who monitors, who replies, who escalates and who approves, each with a deputy; during the pilot, a daily check on working days.',
        measures: 'Median response time to criticism, and the share of complaints resolved publicly or by direct message.',
        risk: 'A hasty or irritated reply escalates the conflict; prepared reply templates and a second pair of eyes for sensitive cases keep that in check.',
      },
      audiencePractice: {
        hr: {
          start: 'Set up a reporting route for employees who are attacked, and share moderation among several trained people.',
          measures: 'Reported hostility towards employees, and the time it took to deal with it.',
        },
        legal: {
          risk: 'The supervisory authority objects to the page, or moderation looks arbitrary; a documented risk decision with the data protection officer, published house rules and documented removals counter that.',
        },
        it: {
          start: 'Set up notifications and a shared inbox, and settle who has access in a crisis and can hide or correct posts.',
          risk: 'In a crisis nobody can get in because the person with access cannot be reached; a deputy with a role of their own and a documented emergency routine narrow the gap.',
        },
        'works-council': {
          start:
            'Before launch, settle which functions the channel opens to posts and replies from outside, since co-determination depends on them, and give moderation only to employees who take it on voluntarily.',
          risk: 'Employees are attacked in public or expected to answer criticism after hours; a reporting route, removal of insults and moderation only in working time protect them.',
        },
      },
    },
  },

  faces: {
    de: {
      title: 'Dem Unternehmen Gesichter geben',
      claim: 'In sozialen Medien zeigen die Menschen hinter der Marke, wer das Unternehmen ist, und machen es nahbar.',
      reasoning:
        'Ein Markenkonto wirkt schnell distanziert – eine Auszubildende, die von ihrem ersten Projekt erzählt, dagegen selten. In einer softgarden-Umfrage von 2024 hielt fast die Hälfte der Bewerbenden Empfehlungen aus dem Bekanntenkreis für uneingeschränkt glaubwürdig; Beiträge von Beschäftigten kommen dem näher. Auf LinkedIn erscheinen persönliche Beiträge in den Netzwerken der Beschäftigten und erreichen so häufig andere Leute als die Unternehmensseite. Gesichter zeigen, wer die Arbeit tatsächlich macht.',
      objections: [
        {
          text: 'Bei uns spricht nur die Pressestelle.',
          answer:
            'Für offizielle Positionen bleibt das so. Fachleute sprechen über ihre Arbeit, nicht für das Unternehmen, und eine Richtlinie zieht die Grenze.',
        },
        {
          text: 'Wir können nicht kontrollieren, was Beschäftigte posten.',
          answer:
            'Das gilt heute schon, und auf einem privaten Profil spricht jede Person für sich. Eine Richtlinie mit klaren Grenzen (keine Interna, keine Kundendaten, Zugehörigkeit offenlegen), Schulung und eine Ansprechperson für Zweifelsfälle machen gute Beiträge wahrscheinlicher als ein Verbot.',
          topic: 'loss-of-control',
          audiences: ['management'],
        },
        {
          text: 'Wer kündigt, nimmt die eigenen Follower mit.',
          answer:
            'Das stimmt: Beiträge auf einem persönlichen Profil gehören der Person und gehen mit ihr. Im Unternehmen bleiben die im CRM erfassten Kontakte und die Inhalte der Unternehmenskanäle, und mehrere sichtbare Menschen verteilen das Risiko.',
        },
        {
          text: 'Dann sind alle nur noch während der Arbeitszeit auf LinkedIn.',
          answer:
            'Wer für das Unternehmen postet, sollte das freiwillig und in einem vereinbarten Zeitrahmen tun. Die private Nutzung regelt die Richtlinie wie bisher, unabhängig von diesem Programm.',
          topic: 'wasting-time',
          audiences: ['management', 'hr'],
        },
        {
          text: 'Müssen Beschäftigte dann für das Unternehmen posten?',
          answer:
            'Nein: Wer mitmacht, tut das freiwillig und kann jederzeit ohne Nachteile aufhören. Am besten hält eine Betriebsvereinbarung das fest, zusammen mit der Arbeitszeit für Beiträge und dem Verzicht darauf, Beitragszahlen zur Leistungsbewertung zu nutzen.',
          audiences: ['works-council', 'hr'],
        },
      ],
      audiences: {
        management:
          'Ein Markenauftritt allein überzeugt viele nicht. In einer softgarden-Umfrage von 2024 hielten 43 Prozent der Bewerbenden die Social-Media-Auftritte von Arbeitgebern für (eher) unglaubwürdig. Ob persönliche Profile Netzwerke erreichen, die der Unternehmensseite fehlen, zeigt der Reichweitenvergleich der Pilotphase; ein Programm, das Fachleute sichtbar macht, kostet Schulung und Arbeitszeit, kein Mediabudget.',
        hr: 'Wer sich öffentlich als Gesicht des Unternehmens zeigt, sollte das freiwillig tun und jederzeit aufhören können. Dafür braucht es Schulung, Arbeitszeit und Rückhalt bei Anfeindungen. Private Profile bleiben privat; eine Richtlinie gibt Orientierung, macht aber keine Vorgaben für das Privatleben.',
        'works-council':
          'Ein Programm, das Fachleute sichtbar macht, braucht Regeln für Beiträge über das Unternehmen; die sind nach § 87 Absatz 1 Nummer 1 BetrVG in der Regel mitbestimmt. Werden Reichweite oder Beitragszahlen Einzelner mit einem Tool ausgewertet, kommt § 87 Absatz 1 Nummer 6 BetrVG hinzu, den das BAG am 13.12.2016 (1 ABR 7/15) auf eine Facebook-Seite mit Besucher-Beiträgen angewandt hat. In eine Betriebsvereinbarung gehören die Freiwilligkeit, die Arbeitszeit für Beiträge und der Verzicht auf Leistungsbewertung anhand von Beitragszahlen.',
        legal:
          'Bilder von Beschäftigten dürfen nach §§ 22, 23 KUG grundsätzlich nur mit ihrer Einwilligung veröffentlicht werden, die schriftlich oder elektronisch vorliegen muss (§ 26 Absatz 2 BDSG) und nach dem BAG (19.02.2015, 8 AZR 1011/13) nicht mit dem Ausscheiden erlischt. Das Unternehmen muss sie nachweisen können (Artikel 7 Absatz 1 DSGVO), und sie ist jederzeit widerrufbar (Artikel 7 Absatz 3 DSGVO); ob ein Widerruf nach dem Ausscheiden daneben, wie vom BAG vor der DSGVO verlangt, einen plausiblen Grund braucht, ist umstritten, und die Planung sollte mit dem Entfernen von Aufnahmen rechnen. Eine Social-Media-Richtlinie klärt, wann jemand für das Unternehmen spricht und wann privat. Wer beruflich über Produkte des Arbeitgebers postet, sollte die Zugehörigkeit offenlegen, damit der Beitrag nicht als verdeckte Werbung gilt (§ 5a Absatz 4 UWG).',
        it: 'Beschäftigte posten über ihre eigenen Profile; das Unternehmen verteilt keine Zugangsdaten, sondern gibt Sicherheitshinweise wie die Zwei-Faktor-Authentifizierung. Auf Unternehmensseiten sollten Rollen an Personen vergeben werden statt gemeinsam genutzter Passwörter, und beim Ausscheiden sind sie zu entziehen. Gefälschte Profile, die sich als Beschäftigte oder als das Unternehmen ausgeben, brauchen einen schnellen Meldeweg zur Plattform.',
      },
      practice: {
        start:
          'Mit drei bis fünf freiwilligen Fachleuten beginnen, eine Schulung anbieten und eine Ansprechperson in der Kommunikation benennen; als Planungsannahme eine Stunde pro Person und Woche.',
        measures:
          'Interaktionen und Profilbesuche der Teilnehmenden im Zeitverlauf sowie Anfragen und Bewerbungen, die sich ausdrücklich auf sie beziehen.',
        risk: 'Ein unbedachter Beitrag oder Anfeindungen gegen Teilnehmende; Schulung, ein Meldeweg und Rückendeckung durch die Führung machen es beherrschbar.',
      },
      audiencePractice: {
        hr: {
          start:
            'Freiwillige für eine Schulung gewinnen, die Zeit für Beiträge im Arbeitsplan festhalten und den Ausstieg ohne Nachteile zusichern.',
          measures: 'Wie viele Teilnehmende nach sechs Monaten noch dabei sind, und Bewerbungen, die sich auf sie beziehen.',
        },
        legal: {
          risk: 'Ein Beitrag gilt als verdeckte Werbung, oder ein Foto bleibt nach dem Widerruf der Einwilligung online; die Richtlinie sollte verlangen, die Zugehörigkeit offenzulegen, und festlegen, wie Aufnahmen nach einem Widerruf entfernt werden.',
        },
        it: {
          start:
            'Beschäftigte posten über eigene Profile; das Unternehmen vergibt nur Rollen auf seinen Seiten und gibt Sicherheitshinweise wie die Zwei-Faktor-Authentifizierung.',
          risk: 'Gefälschte Profile geben sich als Beschäftigte oder als das Unternehmen aus; ein Meldeweg und eine regelmäßige Suche nach dem eigenen Namen bringen sie schnell zur Plattform.',
        },
        'works-council': {
          start:
            'Mit einer kleinen Gruppe Freiwilliger beginnen und vorab mit dem Betriebsrat klären, welche Tools Reichweite messen und wer die Zahlen sieht.',
          risk: 'Reichweite oder Beitragszahlen Einzelner fließen in Beurteilungen ein; die Vereinbarung sollte das ausschließen und den Ausstieg jederzeit ohne Nachteile erlauben.',
        },
      },
    },
    en: {
      title: 'Put faces to the company',
      claim: 'On social media, the people behind the brand show who the company is and make it approachable.',
      reasoning:
        'A brand account can feel distant; an apprentice talking about her first project rarely does. In a 2024 softgarden survey, almost half of candidates found recommendations from friends and acquaintances fully credible; posts by employees come closer to that. On LinkedIn, personal posts appear in employees’ own networks and so often reach people the company page does not. Faces show who actually does the work.',
      objections: [
        {
          text: 'Only our press office speaks for us.',
          answer:
            'Official positions remain with the press office. Experts talk about their work, not on behalf of the company, and a policy draws the line.',
        },
        {
          text: 'We can’t control what employees post.',
          answer:
            'That is already true today, with or without a programme, and on a personal profile everyone speaks for themselves. A policy with clear limits (no internal matters, no customer data, disclose the connection), training and a contact person for doubtful cases make good posts more likely than a ban does.',
          topic: 'loss-of-control',
          audiences: ['management'],
        },
        {
          text: 'When someone leaves, they take their followers with them.',
          answer:
            'True: posts on a personal profile belong to the person and leave with them. What stays is the contacts recorded in the CRM and the content on the company’s channels, and several visible people spread the risk.',
        },
        {
          text: 'Then everyone will be on LinkedIn during working hours.',
          answer:
            'People who post for the company should do so voluntarily and within an agreed amount of time. The policy covers private use as before, whether or not this programme exists.',
          topic: 'wasting-time',
          audiences: ['management', 'hr'],
        },
        {
          text: 'Will staff be expected to post for the company?',
          answer:
            'No: taking part is voluntary and anyone can stop at any time without disadvantage. A works agreement is the best place to record that, together with working time for posts and a commitment not to assess performance by post counts.',
          audiences: ['works-council', 'hr'],
        },
      ],
      audiences: {
        management:
          'A brand presence alone fails to convince many. In a 2024 softgarden survey, 43 per cent of candidates found employers’ social media presences not credible or rather not credible. The pilot’s reach figures will show whether personal LinkedIn profiles reach networks the company page does not; a programme that makes experts visible costs training and staff time, not media budget.',
        hr: 'Anyone who appears in public as a face of the company should do so voluntarily and be free to stop at any time. It takes training, working time and backing when people face hostility. Private profiles stay private; a policy offers guidance, not rules for private life.',
        'works-council':
          'A programme that makes experts visible needs rules for posts about the company, and such rules of conduct are generally subject to co-determination under section 87(1)(1) BetrVG. If the reach or post counts of individual participants are analysed with a tool, section 87(1)(6) BetrVG applies as well, which the Federal Labour Court applied on 13 December 2016 (1 ABR 7/15) to a Facebook page with visitor posts. A works agreement should record voluntariness and the working time for posts, and rule out assessing performance by post counts.',
        legal:
          'Under sections 22 and 23 of the German Art Copyright Act (KUG), images of employees may as a rule be published only with their consent, which must be given in writing or electronically (section 26(2) BDSG) and, according to the Federal Labour Court (19 February 2015, 8 AZR 1011/13), does not lapse when someone leaves. The company must be able to prove consent (Article 7(1) GDPR), and it can be withdrawn at any time (Article 7(3) GDPR); whether a withdrawal after leaving still needs a plausible reason, as the court required before the GDPR, is disputed, so plans should allow for taking footage down. A social media policy clarifies when someone speaks for the company and when privately. Anyone posting professionally about their employer’s products should disclose the connection, so that the post does not count as hidden advertising (section 5a(4) UWG).',
        it: 'Employees post from their own profiles; the company hands out no credentials but gives security advice such as two-factor authentication. On company pages, roles should be assigned to individuals instead of shared passwords, and revoked when someone leaves. A reporting route for fake profiles impersonating employees or the company gets them reported to the platform quickly.',
      },
      practice: {
        start:
          'Start with three to five volunteer experts, offer training and name a contact person in communications; as a planning assumption, one hour per person a week.',
        measures:
          'Interactions and profile visits of the participants over time, and enquiries and applications that explicitly refer to them.',
        risk: 'A careless post or hostility towards participants; training, a reporting route and backing from management keep it manageable.',
      },
      audiencePractice: {
        hr: {
          start:
            'Recruit volunteers for training, record the time for posts in their workload, and guarantee that they can stop without disadvantage.',
          measures: 'How many participants are still taking part after six months, and applications that refer to them.',
        },
        legal: {
          risk: 'A post counts as hidden advertising, or a photo stays online after consent is withdrawn; the policy should require disclosing the connection and set out how footage is removed after a withdrawal.',
        },
        it: {
          start:
            'Employees post from their own profiles; the company hands out no credentials, only roles on its company pages, and gives security advice such as two-factor authentication.',
          risk: 'Fake profiles pose as employees or as the company; a reporting route and regular searches for the company’s name get them to the platform quickly.',
        },
        'works-council': {
          start:
            'Start with a small group of volunteers and settle with the works council beforehand which tools measure reach and who sees the figures.',
          risk: 'Reach or post counts of individuals find their way into appraisals; the agreement should rule that out and let anyone stop at any time without disadvantage.',
        },
      },
    },
  },

  'internal-communication': {
    de: {
      title: 'Interne Kommunikation mit Rückkanal',
      claim:
        'Beiträge mit Kommentarfunktion im Intranet statt Rundmails lassen Beschäftigte mitreden und bringen Führung und Teams näher zusammen.',
      reasoning:
        'Wer weiß eigentlich, was von der letzten Rundmail angekommen ist? Stehen Informationen stattdessen als Beiträge im Intranet oder im Kollaborationstool, können alle nachfragen, ergänzen und widersprechen. Hinweise erreichen die Führung so ohne Umwege. Wer als Führungskraft selbst antwortet, ist näher am Team, als es ein Newsletter je sein kann.',
      objections: [
        {
          text: 'Unser Newsletter reicht völlig.',
          answer:
            'Der Newsletter informiert, zeigt aber nicht, was ankommt und welche Fragen offen bleiben. Kommentare machen genau das sichtbar, und der Newsletter kann auf die Beiträge verweisen.',
        },
        {
          text: 'Dann diskutieren alle nur noch, statt zu arbeiten.',
          answer:
            'Diskutiert wird ohnehin, nur an der Kaffeemaschine und in privaten Chats. Im Intranet werden die Fragen sichtbar und lassen sich einmal für alle beantworten.',
          topic: 'wasting-time',
          audiences: ['management'],
        },
        {
          text: 'Wer soll das alles moderieren?',
          answer:
            'Die Inhalte gibt es schon als Rundmails; neu ist nur das Antworten. Sinnvoll ist, die Moderation in der internen Kommunikation zu verankern und Führungskräften feste, kurze Zeitfenster dafür einzuräumen.',
          topic: 'no-resources',
          audiences: ['management', 'hr'],
        },
        {
          text: 'Wird dann ausgewertet, wer was kommentiert?',
          answer:
            'Das sollte ausgeschlossen sein: Lesestatistiken lassen sich auf Beiträge statt Personen begrenzen, und eine Betriebsvereinbarung kann jede Auswertung zur Verhaltens- oder Leistungskontrolle ausschließen. Weil ein solches Intranet Verhalten sichtbar machen kann, bestimmt der Betriebsrat ohnehin mit.',
          audiences: ['works-council'],
        },
      ],
      audiences: {
        management:
          'Rundmails zeigen bestenfalls, wer sie geöffnet hat, nicht, was verstanden wurde; Beiträge mit Kommentarfunktion zeigen, wie eine Nachricht ankommt, und Probleme kommen früher auf den Tisch. Führungskräfte erfahren früher, welche Fragen die Belegschaft beschäftigen, und beantworten sie einmal für alle statt in vielen Einzelgesprächen. Investiert wird vor allem Moderationszeit; die Technik ist in vielen Intranets schon vorhanden.',
        hr: 'Beiträge mit Kommentarfunktion geben allen eine Stimme, auch denen, die in Besprechungen selten zu Wort kommen. Kommentieren sollte freiwillig bleiben, und kritische Beiträge dürfen keine Nachteile bringen. Regeln für den Umgang miteinander entstehen am besten gemeinsam mit der Belegschaft.',
        'works-council':
          'Ein Intranet mit Kommentaren, Reaktionen und Lesestatistik ist eine technische Einrichtung, die Verhalten sichtbar machen kann, und unterliegt damit der Mitbestimmung nach § 87 Absatz 1 Nummer 6 BetrVG. Regeln für das Verhalten in den Kommentaren betreffen zudem § 87 Absatz 1 Nummer 1 BetrVG. Eine Betriebsvereinbarung sollte Auswertungen auf Beiträge statt Personen beschränken und kritische Kommentare ausdrücklich schützen.',
        legal:
          'Auch intern gelten Datenschutz und Persönlichkeitsrechte: Kommentare sind personenbezogene Daten. Ihre Auswertung zur Leistungskontrolle sollte ausgeschlossen sein, und Aufbewahrungs- und Löschfristen sollten feststehen. Regeln für den Umgang miteinander und für vertrauliche Inhalte gehören in die Nutzungsbedingungen.',
        it: 'Oft hat das Intranet oder die Kollaborationsplattform bereits News- und Kommentarfunktionen, die nur eingeschaltet werden müssen. Die Anmeldung läuft über das bestehende Firmenkonto mit Single Sign-on. Rechte und Sichtbarkeit lassen sich so einstellen, dass Vertrauliches im passenden Kreis bleibt, und Lesestatistiken auf die Ebene der Beiträge begrenzen.',
      },
      practice: {
        start:
          'Einen regelmäßigen Informationsstrom, etwa die Mitteilungen der Geschäftsführung, ins Intranet mit Kommentarfunktion verlegen; die interne Kommunikation moderiert.',
        measures: 'Kommentare und Fragen je Beitrag und wie viele Fragen binnen einer Woche Antwort bekommen.',
        risk: 'Kritische Fragen bleiben unbeantwortet und die Beteiligung schläft ein; feste Antwortzusagen der Führung helfen.',
      },
      audiencePractice: {
        hr: {
          start: 'Mit der internen Kommunikation Regeln für den Umgang miteinander gemeinsam mit der Belegschaft entwerfen.',
          measures:
            'Der Anteil der Beschäftigten, die mindestens einmal kommentiert haben, und kritische Beiträge, auf die eine Antwort folgte.',
        },
        legal: {
          risk: 'Kommentare werden zur Leistungskontrolle ausgewertet oder ohne Frist aufbewahrt; Nutzungsbedingungen mit Zweck, Aufbewahrungs- und Löschfristen beugen dem vor.',
        },
        it: {
          start:
            'Die News- und Kommentarfunktion der vorhandenen Plattform einschalten, mit Anmeldung über Single Sign-on, und Lesestatistiken auf Beiträge begrenzen.',
          risk: 'Vertrauliches erreicht einen zu großen Kreis; Rechte und Sichtbarkeit je Bereich vor dem Start einstellen und prüfen.',
        },
        'works-council': {
          start:
            'Die Einführung mit dem Betriebsrat vereinbaren, bevor Kommentare und Lesestatistiken eingeschaltet werden, denn beides kann Verhalten sichtbar machen.',
          risk: 'Lesestatistiken werden doch personenbezogen ausgewertet, etwa nach einem Update der Plattform; die Vereinbarung sollte regeln, dass neue Auswertungsfunktionen erst nach Zustimmung des Betriebsrats eingeschaltet werden.',
        },
      },
    },
    en: {
      title: 'Internal communication with a feedback channel',
      claim: 'Intranet posts open to comments, instead of all-staff emails, let staff have their say and bring leaders and teams closer.',
      reasoning:
        'So much information still reaches the workforce by all-staff email or newsletter – but who actually knows what got through? When information appears as posts on the intranet or in the collaboration tool instead, everyone can ask, add and disagree. Concerns then reach management without passing through several levels. A leader who replies in person gets closer to the team than any newsletter can.',
      objections: [
        {
          text: 'Our newsletter is quite enough.',
          answer:
            'The newsletter informs, but it does not show what gets through or which questions remain. Comments make exactly that visible, and the newsletter can link to the posts.',
        },
        {
          text: 'Everyone will just discuss instead of working.',
          answer:
            'People discuss anyway, at the coffee machine and in private chats. On the intranet the questions become visible and can be answered once for everyone.',
          topic: 'wasting-time',
          audiences: ['management'],
        },
        {
          text: 'Who is going to moderate all this?',
          answer:
            'The content already exists as all-staff emails; only the replying is new. Moderation is best made part of the internal communications team’s job, with short, fixed time slots planned for leaders.',
          topic: 'no-resources',
          audiences: ['management', 'hr'],
        },
        {
          text: 'Will management track who comments on what?',
          answer:
            'It should not: read statistics can be limited to posts rather than people, and a works agreement can rule out any use for monitoring conduct or performance. Because such an intranet can make conduct visible, the works council has a say anyway.',
          audiences: ['works-council'],
        },
      ],
      audiences: {
        management:
          'An all-staff email shows at best who opened it, not what was understood; a post with comments shows how a message lands, and problems surface earlier. Leaders learn earlier which questions are on people’s minds and can answer them once for everyone instead of in many separate conversations. The main investment is moderation time; many intranets already have the technology.',
        hr: 'Posts open to comments give everyone a voice, including those who rarely speak up in meetings. Commenting should stay voluntary, and critical contributions must not lead to disadvantages. Rules of conduct work best when drawn up together with the workforce.',
        'works-council':
          'An intranet with comments, reactions and read statistics can make conduct visible, and as a technical device it is therefore subject to co-determination under section 87(1)(6) BetrVG. Rules of conduct for the comments also concern section 87(1)(1) BetrVG. A works agreement should limit analyses to posts rather than people and expressly protect critical comments.',
        legal:
          'Data protection and personality rights apply internally too: comments are personal data. Using them to monitor performance should be ruled out, and retention and deletion periods should be set. The terms of use should cover conduct and confidential content.',
        it: 'The intranet or collaboration platform often already has news and comment features that only need switching on. Sign-in uses the existing company account with single sign-on. Permissions and visibility can be set so that confidential matters stay within the right group, and read statistics can be limited to the level of posts.',
      },
      practice: {
        start:
          'Move one regular stream of information, such as management’s announcements, to an intranet page open to comments; internal communications moderates and collects open questions.',
        measures: 'Questions and comments per post, read rates per post, and the share of questions answered within a week.',
        risk: 'Critical questions go unanswered and participation fades; firm commitments from leaders to reply help keep it alive.',
      },
      audiencePractice: {
        hr: {
          start: 'Draft rules of conduct for comments together with internal communications and the workforce.',
          measures: 'The share of staff who have commented at least once, and critical comments that received an answer.',
        },
        legal: {
          risk: 'Comments are analysed to monitor performance or kept without a time limit; terms of use that set a purpose and retention and deletion periods reduce that risk.',
        },
        it: {
          start:
            'Switch on the news and comment features of the existing platform, with single sign-on, and limit read statistics to posts.',
          risk: 'Confidential matters reach too wide a group; set and test permissions and visibility for each area before launch.',
        },
        'works-council': {
          start:
            'Agree the introduction with the works council before comments and read statistics are switched on, because both can make conduct visible.',
          risk: 'Read statistics end up analysed by person after all, for instance after a platform update; the agreement should require the works council’s consent before new analysis features are switched on.',
        },
      },
    },
  },

  'employer-branding': {
    de: {
      title: 'Als Arbeitgeber sichtbar, wo Bewerbende suchen',
      claim:
        'Zeigt ein Unternehmen in sozialen Medien, wie bei ihm gearbeitet wird, nehmen Fachkräfte es früher und mit einem genaueren Bild wahr.',
      reasoning:
        'Eine Fachkraft sieht die Stellenanzeige, sucht nach dem Unternehmen – und findet nichts. Die Anzeige allein überzeugt selten; wer sich umorientiert, will sehen, was ein Unternehmen und seine Beschäftigten öffentlich zeigen. Einblicke in Teams, Ausbildung und Arbeitsalltag auf LinkedIn, Instagram oder TikTok wirken, lange bevor eine Stelle offen ist. Wer den eigenen Arbeitsalltag zeigt, ist Fachkräften oft schon ein Begriff, bevor die passende Stelle ausgeschrieben wird.',
      objections: [
        {
          text: 'Wir finden auch so genug Bewerbende.',
          answer:
            'Dann ist jetzt der richtige Zeitpunkt, ohne Druck aufzubauen, was in einem engeren Markt fehlen würde. Sichtbarkeit als Arbeitgeber entsteht über Monate, nicht in der Woche, in der eine Stelle dringend ist.',
        },
        {
          text: 'Recruiting läuft bei uns über Stellenbörsen.',
          answer:
            'Die Stellenbörse bleibt; sie zeigt aber nur die Anzeige. Wer dort auf das Unternehmen aufmerksam wird und mehr wissen will, sollte in sozialen Medien mehr finden als die Anzeige noch einmal.',
        },
        {
          text: 'Wer soll das neben dem Tagesgeschäft machen?',
          answer:
            'Personalabteilung und Kommunikation teilen sich die Arbeit: HR liefert Themen und Kontakte, die Kommunikation schreibt und plant. Als Planungsannahme genügt in der Pilotphase ein Beitrag alle zwei Wochen.',
          topic: 'no-resources',
          audiences: ['management', 'hr'],
        },
        {
          text: 'Mit KI lässt sich heute alles fälschen, warum sich dann noch zeigen?',
          answer:
            'Gerade deshalb: Ein verifiziertes, aktives Konto ist die Stelle, an der Bewerbende Echtes von gefälschten Anzeigen, Bildern oder Konten unterscheiden können. Dazu gehören Verifizierung, eine regelmäßige Suche nach falschen Konten und ein eingeübter Meldeweg.',
          audiences: ['it'],
        },
        {
          text: 'Werden Beschäftigte gedrängt, in Videos aufzutreten?',
          answer:
            'Nein: Auftritte sind freiwillig, die Einwilligung ist widerrufbar, und wer ablehnt, hat keinen Nachteil; das sollte die Betriebsvereinbarung ausdrücklich festhalten.',
          audiences: ['works-council'],
        },
      ],
      audiences: {
        management:
          'Unbesetzte Stellen kosten Umsatz und belasten die Teams, die sie auffangen. Die Anzeige bringt Bewerbende zum Unternehmen, geprüft wird es danach: In der softgarden-Umfrage von 2024 unter 4.312 Bewerbenden sahen sich 86 Prozent die Arbeitgeber ihrer engeren Wahl vor der Bewerbung genauer an, und Arbeitgeberauftritte in sozialen Medien fanden am wenigsten Glauben. Ein Auftritt dort sollte deshalb Beschäftigte und ihren Alltag zeigen statt Hochglanz; ob das den Bedarf an Anzeigen senkt, zeigen die eigenen Zahlen. Der Aufwand ist Arbeitszeit in HR und Kommunikation.',
        hr: 'Echte Einblicke in den Arbeitsalltag überzeugen Bewerbende eher als Hochglanzanzeigen. Dafür braucht es Beschäftigte, die freiwillig mitmachen. Fragen zur Bewerbung in sozialen Netzwerken brauchen schnelle, freundliche Antworten und einen Hinweis auf den sicheren Bewerbungsweg.',
        'works-council':
          'Die Beteiligung an Arbeitgeberinhalten sollte freiwillig sein und weder in Zielvereinbarungen noch in Beurteilungen einfließen. Die Rechte des Betriebsrats nach §§ 93, 95 und 99 BetrVG (interne Ausschreibung, Auswahlrichtlinien, Einstellung) bleiben unverändert, auch wenn Stellen zusätzlich in sozialen Medien beworben werden. Auswahl und Einwilligung der gezeigten Beschäftigten stimmt man am besten vorab mit dem Betriebsrat ab.',
        legal:
          'Stellenanzeigen müssen auch in sozialen Netzwerken diskriminierungsfrei sein (§ 11 AGG); wer eine Anzeige nur an Altersgruppen ausspielen lässt, liefert womöglich ein Indiz für eine Benachteiligung, das die Beweislast nach § 22 AGG auf das Unternehmen verlagert. Bewerbungsunterlagen gehören ins Bewerbungsmanagementsystem, nicht in Direktnachrichten. Profile von Bewerbenden sollten nach der Artikel-29-Gruppe (WP 249, 08.06.2017) nur mit Rechtsgrundlage (Artikel 6 DSGVO), soweit für die Stelle nötig, und nach Hinweis an sie geprüft werden.',
        it: 'Für Karriereinhalte genügen die vorhandenen Plattformen und ein Link auf das Bewerbungsportal. Bewerbungen sollten nie über Direktnachrichten angenommen werden, damit die Unterlagen geschützt bleiben. Woher Bewerbungen kommen, zeigen einfache Kampagnenparameter in den Links, ohne zusätzliche Tracker.',
      },
      practice: {
        start:
          'HR und Kommunikation vereinbaren ein gemeinsames Format, etwa Porträts von Teams oder Auszubildenden, für die dreimonatige Pilotphase auf der Plattform, auf der die gesuchten Profile unterwegs sind; bei Fortsetzung folgt nach sechs Monaten ein zweiter Vergleich.',
        measures:
          'Bewerbungen mit der Quelle soziale Medien im Bewerbungsmanagementsystem, die Zeit bis zur Besetzung und der Anteil der Initiativbewerbungen, verglichen mit dem Vorjahr.',
        risk: 'Inhalte, die ein schöneres Bild zeichnen als der Alltag; echte Beschäftigte statt Models und ehrliche Einblicke verringern das Risiko enttäuschter Neueinstellungen.',
      },
      audiencePractice: {
        hr: {
          start:
            'HR liefert Themen und gewinnt Beschäftigte für Porträts, die Kommunikation schreibt und plant; Fragen zur Bewerbung beantwortet HR.',
          measures:
            'Bewerbungen mit der Quelle soziale Medien je Stelle und der Anteil der Bewerbungsfragen, die innerhalb eines Werktags beantwortet sind.',
        },
        legal: {
          risk: 'Eine Anzeige, die nur bestimmten Altersgruppen ausgespielt wird, liefert ein Indiz für Benachteiligung; die Ausspielung nicht nach Alter oder Geschlecht einschränken und Bewerbungen nur über das Bewerbungsmanagementsystem annehmen.',
        },
        it: {
          start:
            'Karriereinhalte verlinken auf das Bewerbungsportal, und die Links tragen einfache Kampagnenparameter statt zusätzlicher Tracker.',
          risk: 'Gefälschte Stellenanzeigen oder Konten unter dem Namen des Unternehmens; dagegen helfen Verifizierung, eine regelmäßige Suche nach Fälschungen und ein eingeübter Meldeweg an die Plattform.',
        },
        'works-council': {
          start:
            'Mit dem Betriebsrat vorab abstimmen, wer gezeigt wird und wie die Einwilligung eingeholt wird; die Beteiligung fließt weder in Zielvereinbarungen noch in Beurteilungen ein.',
          risk: 'Beschäftigte fühlen sich gedrängt, in Arbeitgeberinhalten aufzutreten; eine Absage ohne Begründung und ohne Nachteile muss möglich sein.',
        },
      },
    },
    en: {
      title: 'Visible as an employer where candidates look',
      claim: 'A company that shows on social media what working there is like gets noticed by candidates earlier, and seen more clearly.',
      reasoning:
        'A skilled candidate sees the job ad, looks the company up – and finds nothing. The ad alone rarely convinces; people thinking about a change want to see what a company and its employees show in public. Insights into teams, apprenticeships and everyday work on LinkedIn, Instagram or TikTok have an effect long before a vacancy opens. An employer that shows what working there is like is often familiar to candidates before the right vacancy is posted.',
      objections: [
        {
          text: 'We get enough applicants anyway.',
          answer:
            'Then now is the time to build, without pressure, what would be missing in a tighter market. An employer’s visibility grows over months, not in the week a vacancy becomes urgent.',
        },
        {
          text: 'We recruit through job boards.',
          answer:
            'The job board stays, but it shows only the ad. Anyone who notices the company there and wants to know more should find more on social media than the ad again.',
        },
        {
          text: 'Who is going to do this on top of the daily work?',
          answer:
            'HR and communications share the work: HR provides topics and contacts, communications writes and plans. As a planning assumption, one post every two weeks is enough for the pilot.',
          topic: 'no-resources',
          audiences: ['management', 'hr'],
        },
        {
          text: 'With AI anything can be faked now, so why show ourselves at all?',
          answer:
            'That is exactly why: a verified, active account is where candidates can tell the real thing from fake ads, images or accounts. That takes verification, regular searches for fake accounts and a rehearsed way of reporting them.',
          audiences: ['it'],
        },
        {
          text: 'Will staff be pushed to appear in videos?',
          answer:
            'No: appearing is voluntary, consent can be withdrawn, and declining carries no disadvantage; the works agreement should state this expressly.',
          audiences: ['works-council'],
        },
      ],
      audiences: {
        management:
          'Vacancies cost revenue and strain the teams that cover for them. The ad brings candidates to the company, and then they check it: in the 2024 softgarden survey of 4,312 candidates, 86 per cent looked more closely at shortlisted employers before applying, and employers’ social media presences were the least believed. A presence there should therefore show employees and their everyday work rather than gloss; the company’s own figures will show whether that reduces the need for ads. The cost is staff time in HR and communications.',
        hr: 'Genuine insights into everyday work convince candidates more than glossy ads. That needs employees who take part voluntarily. Questions about applications asked on social networks need quick, friendly answers and a pointer to the secure way to apply.',
        'works-council':
          'Appearing in employer-branding content should be voluntary and count neither in target agreements nor in appraisals. The works council’s rights under sections 93, 95 and 99 BetrVG (internal advertising, selection guidelines, hiring) remain unchanged when vacancies are also promoted on social media. The choice of employees shown, and their consent, are best agreed with the works council beforehand.',
        legal:
          'Job ads on social networks must be non-discriminatory like any other (section 11 of the German General Equal Treatment Act, AGG); an employer that has an ad shown only to certain age groups may thereby supply evidence of discrimination, which shifts the burden of proof to the employer under section 22 AGG. Application documents belong in the applicant tracking system, not in direct messages. In the view of the Article 29 Working Party (WP 249, 8 June 2017), candidates’ social media profiles should be checked only with a legal basis (Article 6 GDPR), where relevant to the job, and after telling the candidates.',
        it: 'The existing platforms and a link to the careers portal are enough for recruiting content. Applications should never be accepted by direct message, so that documents stay protected. Simple campaign parameters in links show where applications come from, without additional trackers.',
      },
      practice: {
        start:
          'HR and communications agree on one shared format, such as portraits of teams or apprentices, for the three-month pilot on the platform where the people they are looking for spend time; if it continues, a second comparison follows after six months.',
        measures:
          'Applications with social media as their source in the applicant tracking system, time to hire and the share of unsolicited applications, compared with the previous year.',
        risk: 'Content that paints a rosier picture than everyday work; real employees instead of models and honest insights reduce the risk of disappointed new hires.',
      },
      audiencePractice: {
        hr: {
          start:
            'HR supplies topics and finds employees for portraits, communications writes and plans; HR answers questions about applications.',
          measures:
            'Applications per vacancy with social media as their source, and the share of questions about applications answered within one working day.',
        },
        legal: {
          risk: 'An ad shown only to certain age groups supplies evidence of discrimination; do not restrict delivery by age or gender, and accept applications only through the applicant tracking system.',
        },
        it: {
          start:
            'Careers content links to the application portal, and the links carry simple campaign parameters instead of additional trackers.',
          risk: 'Fake job ads or accounts under the company’s name; verification, regular searches for fakes and a rehearsed way of reporting them to the platform help against them.',
        },
        'works-council': {
          start:
            'Agree with the works council beforehand who is shown and how consent is obtained; taking part counts neither in target agreements nor in appraisals.',
          risk: 'Employees feel pressed to appear in employer-branding content; declining without giving a reason and without disadvantage has to be possible.',
        },
      },
    },
  },

  'first-mover': {
    de: {
      title: 'Wer fehlt, überlässt anderen das Feld',
      claim:
        'Präsenz in sozialen Medien ist in den meisten Branchen kein Vorsprung mehr; wer fehlt, überlässt das Gespräch über sich dem Wettbewerb und der Kritik.',
      reasoning:
        'Früher war das erste Unternehmen der Branche in sozialen Medien eine Meldung wert; heute fällt auf, wer fehlt. Laut einer am 22.12.2023 veröffentlichten Bitkom-Umfrage haben 77 Prozent der Unternehmen in Deutschland ab 20 Beschäftigten ein Profil in mindestens einem sozialen Netzwerk. Wer dort fehlt, ist weder verlinkbar noch direkt ansprechbar und kann nicht antworten, wenn über das Unternehmen gesprochen wird; zudem kann jemand anders unter seinem Namen ein Konto eröffnen. Ein gepflegter Auftritt zeigt dagegen, dass sich das Unternehmen Fragen stellt. Das Fehlen steht auf keiner Rechnung, kann aber Sichtbarkeit, Bewerbungen und die eigene Stimme kosten.',
      objections: [
        {
          text: 'Das macht in unserer Branche doch niemand.',
          answer:
            'Das lohnt einen Blick: Meist sind zumindest Fachmedien, Verbände und einzelne Konkurrenzunternehmen schon dort. Und wenn wirklich niemand da ist, hat das Unternehmen, das zuerst gut auftritt, die besten Chancen auf Aufmerksamkeit.',
        },
        {
          text: 'Wir warten ab, bis es sich bewährt hat.',
          answer:
            'Verbreitet ist es längst: Laut Bitkom-Umfrage vom 22.12.2023 sind 77 Prozent der Unternehmen ab 20 Beschäftigten in sozialen Netzwerken vertreten. Ob es sich für das eigene Unternehmen bewährt, zeigen nur eigene Zahlen, und die liefert ein kleiner Test schneller als Abwarten.',
          topic: 'passing-trend',
        },
        {
          text: 'X ist doch kein Umfeld mehr für uns.',
          answer:
            'Die Plattform folgt der Zielgruppe und einem Umfeld, das zur Marke passt, und auf X zu verzichten ist eine legitime Entscheidung. Den Unternehmensnamen dort trotzdem zu sichern, erschwert es anderen, sich als das Unternehmen auszugeben.',
        },
        {
          text: 'Was kostet das insgesamt, und was bleibt dafür liegen?',
          answer:
            'Drei Monate Pilotphase mit einem halben Arbeitstag pro Woche kosten gut fünfzig Stunden Arbeitszeit, dazu Abstimmungen und allenfalls ein Testbudget mit vorab beschlossener Obergrenze; diese Zeit fehlt anderswo. Dem steht gegenüber, was das Fehlen kostet; nach drei Monaten entscheiden eigene Zahlen zu Anfragen, Bewerbungen und Antwortzeiten.',
          topic: 'no-resources',
          audiences: ['management'],
        },
        {
          text: 'Braucht das nicht erst die Zustimmung des Betriebsrats?',
          answer:
            'Oft ja: Kann die Öffentlichkeit auf einer Unternehmensseite Beiträge über Beschäftigte veröffentlichen, bestimmt der Betriebsrat nach dem BAG-Beschluss vom 13.12.2016 (1 ABR 7/15) mit. Ihn vor der Pilotphase zu beteiligen, am besten mit einer Rahmenvereinbarung für alle Kanäle, kostet weniger Zeit als ein späterer Stopp.',
          audiences: ['works-council', 'management'],
        },
      ],
      audiences: {
        management:
          'In den meisten Branchen bringt ein Auftritt keinen Vorsprung mehr: Laut einer am 22.12.2023 veröffentlichten Bitkom-Umfrage haben 77 Prozent der Unternehmen in Deutschland ab 20 Beschäftigten ein Profil in mindestens einem sozialen Netzwerk, und das Fehlen kann Sichtbarkeit bei Kundschaft, Bewerbenden und Presse kosten. Eine Pilotphase auf einer Plattform mit klaren Zielen begrenzt Aufwand und Risiko: eine verantwortliche Person, ein festgelegter Zeitanteil und eine Entscheidung nach drei Monaten. Zur Markensicherheit gehört festzulegen, wo und neben welchen Inhalten das Unternehmen nicht erscheinen will.',
        hr: 'Eine Pilotphase mit einem kleinen, freiwilligen Team hält die Belastung gering und sammelt Erfahrungen. Die Arbeit gehört in die Arbeitszeit und in die Stellenbeschreibung. Sie ist kein Ehrenamt neben dem Tagesgeschäft.',
        'works-council':
          'Ein neuer Kanal kann die Mitbestimmung nach § 87 Absatz 1 Nummer 6 BetrVG auslösen: Das BAG hat am 13.12.2016 (1 ABR 7/15) nur über Besucher-Beiträge auf einer Facebook-Seite entschieden, das LAG Hamburg am 13.09.2018 (2 TaBV 5/18) über die Antwortfunktion eines Kontos bei X (damals Twitter). Den Betriebsrat vor der Pilotphase zu beteiligen, ist deshalb der sicherere Weg. Eine Rahmenvereinbarung kann alle Kanäle abdecken.',
        legal:
          'Vor dem Start braucht jeder Kanal ein Impressum (Anbieterkennzeichnung nach § 5 DDG) und eine Datenschutzinformation; für die Seitenstatistik ist, wer ihn betreibt, nach dem EuGH-Urteil vom 05.06.2018 (C-210/16) mitverantwortlich. Seit dem 02.08.2026 verlangt Artikel 50 Absatz 4 der KI-Verordnung (EU) 2024/1689, Deepfakes offenzulegen (KI-Bilder, -Videos oder -Töne, die Echtem täuschend ähneln); bei erkennbarer Kunst oder Satire genügt ein dezenter Hinweis. Dasselbe gilt für KI-Texte, die über Fragen von öffentlichem Interesse informieren sollen, es sei denn, sie wurden menschlich geprüft und jemand trägt die redaktionelle Verantwortung.',
        it: 'Eine Pilotphase kommt ohne eigene Infrastruktur aus: Konten auf bestehenden Plattformen, abgesichert mit Zwei-Faktor-Authentifizierung und einer Wiederherstellungsadresse des Unternehmens. Den Namen auch auf vorerst ungenutzten Plattformen zu registrieren, erschwert es anderen, sich als das Unternehmen auszugeben. Planungstools verarbeiten Daten im Auftrag und brauchen vor der Anbindung einen Auftragsverarbeitungsvertrag nach Artikel 28 DSGVO.',
      },
      practice: {
        start:
          'Eine Plattform nach Zielgruppe wählen, eine verantwortliche Person mit Vertretung benennen und eine Pilotphase von drei Monaten mit vorher festgelegten Zielen vereinbaren.',
        measures: 'Anfragen, Bewerbungen und Erwähnungen im Vergleich zur Ausgangslage, dazu die Antwortzeit auf Fragen.',
        risk: 'Ein Start ohne Ausdauer, nach dem der Kanal verwaist; ein realistischer Redaktionsplan und eine feste Vertretung verringern das Risiko.',
      },
      audiencePractice: {
        hr: {
          start: 'Das freiwillige Team benennen und die Arbeit für den Kanal in Stellenbeschreibung und Arbeitszeit verankern.',
          measures: 'Ob das Team die Arbeit nach drei Monaten in der vereinbarten Zeit geschafft hat, und seine Zufriedenheit damit.',
        },
        legal: {
          risk: 'Ein Kanal startet ohne Impressum, Datenschutzinformation oder Kennzeichnung von KI-Inhalten; eine kurze Prüfung vor dem Start kostet weniger als Korrekturen danach.',
        },
        it: {
          start:
            'Konten auf bestehenden Plattformen anlegen, den Unternehmensnamen auch auf vorerst ungenutzten Plattformen sichern und Planungstools nur mit Auftragsverarbeitungsvertrag anbinden.',
          risk: 'Jemand anders eröffnet ein Konto unter dem Namen des Unternehmens; gesicherte Namen und ein eingeübter Meldeweg an die Plattform beugen vor.',
        },
        'works-council': {
          start:
            'Vor dem ersten Beitrag mit dem Betriebsrat eine Rahmenvereinbarung für alle Kanäle abschließen und das freiwillige Team mit seiner Arbeitszeit benennen.',
          risk: 'Der Kanal muss nach dem Start gestoppt werden, weil die Mitbestimmung übergangen wurde; die frühe Beteiligung des Betriebsrats beugt dem vor.',
        },
      },
    },
    en: {
      title: 'Staying absent leaves the field to others',
      claim:
        'In most industries a social media presence is no longer a head start; staying absent leaves the conversation about the company to competitors and critics.',
      reasoning:
        'Being the first in an industry on social media used to make news; today what stands out is who is missing. In a Bitkom survey published on 22 December 2023, 77 per cent of companies in Germany with 20 or more employees had a profile on at least one social network. A company that is absent cannot be linked to, addressed or heard when people talk about it, and someone else can open an account in its name. A well-kept presence, by contrast, shows that the company will face questions. Absence never shows up on an invoice, but it can cost a company visibility, applications and its own voice.',
      objections: [
        {
          text: 'Nobody in our industry does that.',
          answer:
            'It is worth a look: usually at least trade media, associations and some competitors are already there. And if nobody really is, the attention goes to whoever first shows up well.',
        },
        {
          text: 'We’ll wait until it has proven itself.',
          answer:
            'It is already widespread: in a Bitkom survey published on 22 December 2023, 77 per cent of companies in Germany with 20 or more employees had a social media profile. Whether it works for one company only its own figures can show, and a small test delivers them faster than waiting.',
          topic: 'passing-trend',
        },
        {
          text: 'X is no place for us any more.',
          answer:
            'The platform follows the audience and a setting that suits the brand, and staying off X is a legitimate decision. Securing the company name there anyway makes it harder for others to pose as the company.',
        },
        {
          text: 'What does it cost in total, and what gets left undone?',
          answer:
            'A three-month pilot at half a working day a week costs a little over fifty hours of staff time, plus coordination and possibly a test budget whose cap is decided in advance; that time is missing elsewhere and should be moved deliberately. This has to be weighed against what staying absent costs; after three months, the company’s own figures on enquiries, applications and response times decide.',
          topic: 'no-resources',
          audiences: ['management'],
        },
        {
          text: 'Doesn’t this need the works council’s consent first?',
          answer:
            'Often, yes: if the public can post about employees on a company page, the works council has a say under the Federal Labour Court’s decision of 13 December 2016 (1 ABR 7/15). Involving it before the pilot, ideally with a framework agreement for all channels, costs less time than a later stop.',
          audiences: ['works-council', 'management'],
        },
      ],
      audiences: {
        management:
          'In most industries a presence no longer gives a head start: in a Bitkom survey published on 22 December 2023, 77 per cent of companies in Germany with 20 or more employees had a profile on at least one social network, and absence can cost visibility with customers, candidates and the press. A pilot on one platform with clear goals limits cost and risk: one owner, a fixed share of working time and a decision after three months. Brand safety means deciding in advance on which platforms and next to which content the company will not appear.',
        hr: 'A pilot with a small, voluntary team keeps the workload low and gathers experience. The work belongs in working hours and in the job description. It is not unpaid extra effort alongside the daily work.',
        'works-council':
          'A new company channel can bring in co-determination under section 87(1)(6) BetrVG: on 13 December 2016 the Federal Labour Court (1 ABR 7/15) decided only about enabling visitor posts on a Facebook page, and on 13 September 2018 the Regional Labour Court of Hamburg (2 TaBV 5/18) about the reply function of an account on X (then Twitter). It is therefore safer to bring the works council in before the pilot starts rather than present it with a done deal. One framework agreement can cover all channels.',
        legal:
          'Before launch, every channel needs a legal notice under section 5 DDG and a privacy notice; under the CJEU judgment of 5 June 2018 (C-210/16), the operator is a controller jointly with the platform for the processing behind the page statistics. Since 2 August 2026, Article 50(4) of the AI Act, Regulation (EU) 2024/1689, has required disclosing deep fakes: AI images, video or audio deceptively resembling real ones; for evident art or satire, a discreet notice is enough. The same applies to AI-generated text published to inform the public on matters of public interest unless it has been reviewed by a human and someone holds editorial responsibility.',
        it: 'A pilot needs no infrastructure of its own: accounts on existing platforms, secured with two-factor authentication and a company recovery address. It is worth registering the company name on platforms not yet in use as well; that makes it harder for others to impersonate the company. Scheduling tools process data on the company’s behalf and need a data processing agreement under Article 28 GDPR before they are connected.',
      },
      practice: {
        start: 'Choose one platform by audience, name an owner with a deputy, and agree a three-month pilot with goals set in advance.',
        measures: 'Enquiries, applications and mentions compared with the baseline, plus the response time to questions.',
        risk: 'A launch without stamina, after which the channel is abandoned; a realistic editorial plan and a fixed deputy reduce that risk.',
      },
      audiencePractice: {
        hr: {
          start: 'Name the voluntary team and anchor the work for the channel in job descriptions and working time.',
          measures: 'Whether the team managed the work within the agreed time after three months, and how satisfied it is with it.',
        },
        legal: {
          risk: 'A channel launches without a legal notice, a privacy notice or labels for AI content; a short check before launch costs less than corrections afterwards.',
        },
        it: {
          start:
            'Open accounts on existing platforms, secure the company name on platforms not yet in use, and connect scheduling tools only with a data processing agreement.',
          risk: 'Someone else opens an account under the company’s name; secured names and a rehearsed way of reporting to the platform reduce that risk.',
        },
        'works-council': {
          start:
            'Before the first post, conclude a framework agreement for all channels with the works council and name the voluntary team with its working time.',
          risk: 'The channel has to be stopped after launch because co-determination was bypassed; involving the works council early reduces that risk.',
        },
      },
    },
  },
};
