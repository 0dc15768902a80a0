/**
 * The texts of the ten built-in arguments, in German and English.
 *
 * Source: the German blog post "Wie man Social Media im Unternehmen rechtfertigt" (its introduction
 * and its eight numbered arguments). Everything here is restated in our own words; a unit test
 * checks mechanically that no eight-word run of the post appears verbatim.
 *
 * Signal words are NOT kept here: they live in `signals.ts` (owned by relevance) and are merged in
 * `index.ts`. This module is pure data, free of browser APIs.
 *
 * Legal and works-council remarks in the audience variants are deliberately general and hedged:
 * they name the topics to clarify (GDPR, consent, legal notice, co-determination), not outcomes.
 * The co-determination remarks follow § 87 (1) no. 6 BetrVG (technical devices able to monitor
 * behaviour or performance), which the Federal Labour Court applied to a company Facebook page
 * with visitor posts (BAG, 13 December 2016, 1 ABR 7/15).
 */
import type { ArgumentText, Audience, Localized } from './types';

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

/** The audiences that have their own reasoning variant (everything but `general`). */
export type SpecificAudience = Exclude<Audience, 'general'>;

/**
 * The text of a built-in argument in one language, without `signals` (merged from `SIGNALS`),
 * and with every audience variant present (3–4 sentences each).
 */
export type CatalogText = Omit<ArgumentText, 'signals' | 'audiences'> & {
  audiences: Record<SpecificAudience, string>;
};

/** Title of the source post, cited by every built-in argument. */
export const SOURCE_TITLE = 'Wie man Social Media im Unternehmen rechtfertigt';

/** The texts of all built-in arguments by id and language. */
export const TEXTS: Record<BuiltinId, Localized<CatalogText>> = {
  transparency: {
    de: {
      title: 'Transparenz belegen statt behaupten',
      claim: 'Auf Social Media kann ein Unternehmen zeigen, dass es die Offenheit lebt, die es in seinem Leitbild verspricht.',
      reasoning:
        'Viele Unternehmen schreiben sich Transparenz in Leitbild und Imagebroschüre. Glaubwürdig wird das erst, wenn man es sehen kann: in Tweets, Blogbeiträgen und Gesprächen in sozialen Netzwerken. Dort ersetzt der offene Austausch die glatten Formeln der klassischen Unternehmenskommunikation. So wird das Unternehmen für Außenstehende greifbar und nachprüfbar.',
      objections: [
        'Wir wollen nicht alles nach außen tragen.',
        'Transparenz steht doch schon in unserem Leitbild.',
        'Zu viel Offenheit macht uns angreifbar.',
      ],
      audiences: {
        management:
          'Transparenz, die andere nachprüfen können, stärkt das Vertrauen von Kunden, Investoren und Partnern. Ein Wert, der behauptet, aber nicht gelebt wird, ist ein Reputationsrisiko. Ein eigener Kanal kostet vor allem Zeit, weniger Budget, und lässt sich klein beginnen.',
        hr: 'Wer nach außen offen kommuniziert, muss es auch nach innen sein: Beschäftigte sollen Neuigkeiten nicht zuerst aus dem Netz erfahren. Der Betriebsrat wird früh eingebunden, damit klar ist, was geteilt wird und was nicht. Niemand wird verpflichtet, sich persönlich zu zeigen; Transparenz betrifft das Unternehmen, nicht das Privatleben der Belegschaft.',
        legal:
          'Transparenz heißt nicht, Geschäftsgeheimnisse oder personenbezogene Daten zu veröffentlichen. Eine Social-Media-Richtlinie legt fest, was geteilt werden darf, wer freigibt und wie mit Vertraulichem umgegangen wird. Unternehmensprofile brauchen ein Impressum und einen Hinweis zur Datenverarbeitung; diese Pflichten sind lösbar, aber nicht optional.',
        it: 'Für den Anfang genügen die vorhandenen Plattformen; es muss nichts Eigenes betrieben werden. Wichtig sind Unternehmenskonten mit Zwei-Faktor-Anmeldung, die nicht an eine einzelne Person gebunden sind, und ein Passwortmanager für gemeinsame Zugänge. Ein späteres eigenes Blog wird wie jede andere öffentliche Website mit Updates und Backups geplant.',
      },
    },
    en: {
      title: 'Prove transparency instead of claiming it',
      claim: 'Social media lets a company show the openness its mission statement promises.',
      reasoning:
        'Many companies list transparency among their values in brochures and mission statements. It only becomes credible when people can see it: in tweets, blog posts and conversations on social networks. There, open exchange takes the place of the polished phrases of traditional corporate communication. The company becomes tangible and verifiable to people outside it.',
      objections: [
        "We don't want to air everything in public.",
        'Transparency is already in our mission statement.',
        'Too much openness makes us vulnerable.',
      ],
      audiences: {
        management:
          'Transparency that others can check builds trust with customers, investors and partners. A value that is claimed but not lived is a reputational risk. A channel of your own costs time more than budget, and it can start small.',
        hr: 'Being open to the outside requires being open inside too: staff should not learn news from the internet first. Involve the works council early so that it is clear what is shared and what is not. Nobody is obliged to appear in person; transparency concerns the company, not employees’ private lives.',
        legal:
          'Transparency does not mean publishing trade secrets or personal data. A social media policy sets out what may be shared, who approves it and how confidential matters are handled. In Germany, company profiles need a legal notice (Impressum) and a privacy notice; these duties are manageable, but not optional.',
        it: 'Existing platforms are enough to start; nothing needs to be hosted in-house. What matters are company accounts with two-factor authentication that are not tied to one person, and a password manager for shared access. A company blog later on is planned like any other public website, with updates and backups.',
      },
    },
  },

  'target-groups': {
    de: {
      title: 'Zielgruppen und Multiplikatoren gezielt erreichen',
      claim: 'Über soziale Netzwerke lassen sich Zielgruppen und Multiplikatoren genauer ansprechen und für das eigene Anliegen gewinnen.',
      reasoning:
        'Wer sich für ein Unternehmen interessiert, verdient eine Antwort und eine direkte Ansprache. Wer im Corporate Blog liest oder einen Kommentar hinterlässt, gibt sich selbst als Interessent zu erkennen. Statt breit zu streuen, kann das Unternehmen mit genau diesen Menschen und mit einflussreichen Multiplikatoren ins Gespräch kommen. Der Dialog mit den eigenen Stakeholdern erweist sich dabei oft als wertvoller als erwartet.',
      objections: [
        'Unsere Kunden sind gar nicht auf Social Media.',
        'Wir erreichen unsere Zielgruppe schon über klassische Werbung.',
        'Das ist doch nur etwas für junge Leute.',
      ],
      audiences: {
        management:
          'Wenn Interessierte sich selbst melden, fallen die Streuverluste klassischer Werbung weg. Reichweite über Multiplikatoren ist günstiger als gekaufte Reichweite. Der Nutzen lässt sich messen: an Gesprächen, Anfragen und Kontakten, die ohne den Kanal nicht entstanden wären.',
        hr: 'Den Dialog führen Menschen, und dafür braucht es Zeit im Arbeitsalltag statt Arbeit nach Feierabend. Klare Zuständigkeiten und Vertretungen verhindern, dass Einzelne überlastet werden. Wer mitmacht, tut es freiwillig und wird dafür geschult.',
        legal:
          'Gezielte Ansprache nutzt Daten der Plattformen; Targeting und Anzeigen müssen der DSGVO und den Regeln der Plattform genügen. Bezahlte Kooperationen mit Influencern sind als Werbung zu kennzeichnen. Eine Richtlinie mit Freigabewegen und Kennzeichnungspflichten gibt allen Beteiligten Sicherheit.',
        it: 'Die Plattformen bringen eigene Statistiken mit; zusätzliche Tracking-Software auf der eigenen Website ist dafür nicht nötig. Anfragen aus sozialen Netzwerken gehören in das vorhandene CRM oder Ticketsystem, nicht in private Postfächer. Zugänge werden über Rollen vergeben und beim Ausscheiden entzogen.',
      },
    },
    en: {
      title: 'Reach target groups and multipliers precisely',
      claim: 'Social networks let you address target groups and multipliers more precisely and win them over to your cause.',
      reasoning:
        'Anyone who is interested in a company deserves a reply and a direct approach. People who read a corporate blog or leave a comment identify themselves as prospects. Instead of broadcasting widely, the company can talk to exactly these people and to influential multipliers. Dialogue with your own stakeholders often proves more valuable than expected.',
      objections: [
        "Our customers aren't on social media.",
        'We already reach our audience through traditional advertising.',
        "That's only for young people.",
      ],
      audiences: {
        management:
          'When interested people come forward by themselves, less budget is wasted on people who will never buy. Reach through multipliers costs less than bought reach. The benefit can be measured in conversations, enquiries and contacts that would not exist without the channel.',
        hr: 'Dialogue is conducted by people, and it needs time within working hours rather than after them. Clear responsibilities and cover prevent individual employees from being overloaded. Those who take part do so voluntarily and are trained for it.',
        legal:
          'Targeting relies on platform data, so targeting and ads must comply with the GDPR and the platform’s rules. Paid cooperation with influencers must be labelled as advertising. A policy covering approvals and labelling duties gives everyone involved certainty.',
        it: 'The platforms provide their own statistics; no extra tracking software on the company website is needed for that. Enquiries from social networks belong in the existing CRM or ticket system, not in private inboxes. Access is granted by role and revoked when someone leaves.',
      },
    },
  },

  'emotional-bond': {
    de: {
      title: 'Emotionale Nähe zum Unternehmen schaffen',
      claim: 'Social Media schafft emotionale Anknüpfungspunkte, die Kunden über Preis und Konditionen hinaus an ein Unternehmen binden.',
      reasoning:
        'Je sichtbarer ein Unternehmen in sozialen Medien auftritt, desto mehr Anlässe haben Menschen, sich mit ihm zu identifizieren. Auf dieser Identifikation kann eine Kundenbindung wachsen, die nicht nur vom günstigsten Angebot abhängt, sondern von dem, was Menschen mit der Marke verbinden. Blicke hinter die Kulissen, gesellschaftliches Engagement oder eine Prise Humor zeigen die Organisation von ihrer persönlichen Seite. Aus einem Anbieter wird so ein Gegenüber, mit dem man sich verbunden fühlt.',
      objections: [
        'Unsere Kunden kaufen nach Preis, nicht nach Gefühl.',
        'Emotionen passen nicht zu unserer seriösen Marke.',
        'Humor hat im Geschäftsleben nichts verloren.',
      ],
      audiences: {
        management:
          'Kunden, die sich mit einer Marke verbunden fühlen, wechseln seltener wegen eines Rabatts zur Konkurrenz. Das schützt Margen und senkt die Kosten für die Gewinnung neuer Kunden. Das Risiko liegt im Ton, nicht im Kanal: Eine klare Linie zu Humor und Haltung hält den Auftritt glaubwürdig.',
        hr: 'Emotionale Inhalte zeigen oft Beschäftigte und ihren Alltag; das geht nur mit ihrer ausdrücklichen und freiwilligen Zustimmung. Wer nicht auf Fotos oder in Videos erscheinen möchte, darf dadurch keinen Nachteil haben. Gesellschaftliches Engagement des Unternehmens wird mit der Belegschaft besprochen, damit sie es mittragen kann.',
        legal:
          'Fotos und Videos von Beschäftigten oder Kunden brauchen eine Einwilligung, die dokumentiert und widerrufbar ist. Musik, Bilder und Memes sind urheberrechtlich geschützt; was im Netz kursiert, ist nicht automatisch frei nutzbar. Gewinnspiele und Aktionen brauchen eigene Teilnahmebedingungen.',
        it: 'Für Bilder und Videos reicht eine gemeinsame, zugriffsgeschützte Ablage mit geklärten Nutzungsrechten. Werkzeuge zum Planen von Beiträgen werden nur mit Unternehmenskonten und Zwei-Faktor-Anmeldung genutzt. Vor der Veröffentlichung werden Metadaten wie der Aufnahmeort aus den Dateien entfernt.',
      },
    },
    en: {
      title: 'Create an emotional connection to the company',
      claim: 'Social media creates emotional points of contact that tie customers to a company beyond price and terms.',
      reasoning:
        'The more visible a company is on social media, the more reasons people have to identify with it. This identification can grow into customer loyalty that depends not only on the cheapest offer but on what people associate with the brand. Glimpses behind the scenes, social commitment or a touch of humour show the organisation’s personal side. The supplier becomes a counterpart people feel connected to.',
      objections: [
        'Our customers buy on price, not on feelings.',
        "Emotions don't fit our serious brand.",
        'Humour has no place in business.',
      ],
      audiences: {
        management:
          'Customers who feel connected to a brand are less likely to switch to a competitor for a discount. That protects margins and lowers the cost of winning new customers. The risk lies in the tone, not the channel: a clear line on humour and stance keeps the presence credible.',
        hr: 'Emotional content often shows employees and their daily work; that requires their explicit and voluntary consent. Anyone who does not want to appear in photos or videos must not be disadvantaged. The company’s social commitment is discussed with the workforce so that they can stand behind it.',
        legal:
          'Photos and videos of employees or customers need consent that is documented and can be withdrawn. Music, images and memes are protected by copyright; what circulates online is not automatically free to use. Contests and promotions need their own terms of participation.',
        it: 'A shared, access-controlled store for images and videos with cleared usage rights is enough. Scheduling tools for posts are used only with company accounts and two-factor authentication. Metadata such as the location are removed from files before publishing.',
      },
    },
  },

  insights: {
    de: {
      title: 'Einblicke geben und Einsichten gewinnen',
      claim: 'Wer in sozialen Medien Einblicke gewährt, bekommt über Kommentare und Antworten den Blick von außen zurück.',
      reasoning:
        'Menschen interessieren sich für weit mehr, als Unternehmen vermuten. In jeder Organisation passieren spannende Dinge, und in den Köpfen der Beteiligten stecken Gedanken, die es wert sind, geteilt zu werden. Wer davon erzählt, kommt mit seinen Stakeholdern ins Gespräch. Die Rückmeldungen liefern eine Außensicht, die neue Perspektiven eröffnet und das Unternehmen als lebendiges Ganzes erkennen lässt.',
      objections: [
        'Was wir intern machen, interessiert doch niemanden.',
        'Wir wollen der Konkurrenz keine Einblicke geben.',
        'Die Meinung von außen brauchen wir nicht.',
      ],
      audiences: {
        management:
          'Rückmeldungen aus sozialen Netzwerken sind eine kostenlose, laufende Marktforschung. Sie zeigen früh, wie Produkte, Entscheidungen und Botschaften ankommen. Was veröffentlicht wird, entscheidet das Unternehmen selbst; Geschäftsgeheimnisse bleiben intern.',
        hr: 'Einblicke kommen oft aus den Fachabteilungen; Beschäftigte entscheiden selbst, ob sie etwas beitragen. Ihre Beiträge entstehen in der Arbeitszeit und verdienen Anerkennung. Mit dem Betriebsrat lässt sich vereinbaren, dass Reaktionen von außen nicht zur Leistungsbewertung Einzelner dienen.',
        legal:
          'Vor der Veröffentlichung wird geprüft, ob Geschäftsgeheimnisse, Kundendaten oder Rechte Dritter berührt sind. Ein einfacher Freigabeschritt für heikle Themen genügt meist. Kommentare, die ausgewertet werden, sind personenbezogene Daten; ihre Auswertung erfolgt sparsam und zweckgebunden.',
        it: 'Fotos aus Büro, Labor oder Produktion können unbeabsichtigt Bildschirme, Zugangsdaten oder Pläne zeigen; ein prüfender Blick vor dem Posten beugt vor. Für die Auswertung von Kommentaren reichen zunächst die Werkzeuge der Plattformen. Zusätzliche Social-Listening-Dienste werden wie jeder andere Cloud-Dienst geprüft.',
      },
    },
    en: {
      title: 'Share insights and gain new ones',
      claim: 'Giving glimpses inside the company on social media brings the outside view back through comments and replies.',
      reasoning:
        'People are interested in far more than companies expect. Every organisation has interesting things going on, and the people in it have thoughts worth sharing. Telling those stories starts a conversation with stakeholders. The responses provide an outside view that opens new perspectives and shows the company as a living whole.',
      objections: [
        'Nobody cares what we do internally.',
        "We don't want to give competitors a look inside.",
        "We don't need outsiders' opinions.",
      ],
      audiences: {
        management:
          'Feedback from social networks is free, continuous market research. It shows early how products, decisions and messages are received. The company decides what is published; trade secrets stay internal.',
        hr: 'Insights often come from specialist departments; employees decide for themselves whether to contribute. Their contributions are made in working time and deserve recognition. An agreement with the works council can rule out using outside reactions to assess individual performance.',
        legal:
          'Before publishing, check whether trade secrets, customer data or third-party rights are affected. A simple approval step for sensitive topics is usually enough. Comments that are analysed are personal data; analyse them sparingly and only for a defined purpose.',
        it: 'Photos from offices, labs or production can accidentally show screens, credentials or plans; a careful look before posting prevents that. The platforms’ own tools are enough for analysing comments at first. Additional social listening services are assessed like any other cloud service.',
      },
    },
  },

  crowdsourcing: {
    de: {
      title: 'Die Vielen entscheiden mit (Crowdsourcing)',
      claim: 'Follower, Fans und Mitarbeitende können bei Entscheidungen mitreden und so zu besseren Lösungen beitragen.',
      reasoning:
        'Wenn mehrere Ideen auf dem Tisch liegen und die Wahl schwerfällt, kann man die Frage an Follower, Fans und Leserinnen weitergeben. Das Wissen vieler Menschen öffnet den Weg zu offener Innovation und hat schon manchem Unternehmen neue Richtungen gezeigt. Wer mitentscheiden darf, fühlt sich ernst genommen und bindet sich stärker an das Unternehmen. Das gilt ebenso für die eigenen Beschäftigten, die in ihrem Fachgebiet die eigentlichen Expertinnen und Experten sind.',
      objections: [
        'Entscheidungen trifft bei uns die Geschäftsleitung, nicht das Internet.',
        'Dann stimmen am Ende Trolle über unser Produkt ab.',
        'Unsere Ideen könnten kopiert werden.',
      ],
      audiences: {
        management:
          'Eine Abstimmung unter Kunden kostet wenig und senkt das Risiko, am Markt vorbei zu entwickeln. Die Entscheidung bleibt beim Unternehmen; die Crowd liefert Hinweise, keinen Auftrag. Wer mitgestimmt hat, wird eher zum Käufer und Fürsprecher.',
        hr: 'Mitarbeitende wissen oft am besten, was in ihrem Bereich funktioniert; interne Abstimmungen machen dieses Wissen sichtbar. Beteiligung ist freiwillig, und niemand darf Nachteile haben, weil er anders abgestimmt hat. Bei internen Umfragen wird der Betriebsrat einbezogen, besonders wenn sie Rückschlüsse auf einzelne Personen zulassen.',
        legal:
          'Wer Ideen von außen übernehmen will, veröffentlicht vorher klare Teilnahmebedingungen zu den Nutzungsrechten. Umfragen sammeln personenbezogene Daten; erhoben wird nur das Nötige, und die Teilnehmenden werden darüber informiert. Vertrauliche Produktpläne gehören nicht in eine öffentliche Abstimmung.',
        it: 'Einfache Abstimmungen bieten die Plattformen selbst an; für interne Umfragen genügt oft ein vorhandenes Werkzeug im Intranet. Externe Umfragedienste müssen datenschutzkonform sein und verarbeiten Daten möglichst in der EU. Ergebnisse werden exportiert und gesichert, bevor eine Aktion endet.',
      },
    },
    en: {
      title: 'Let the many help decide (crowdsourcing)',
      claim: 'Followers, fans and employees can have a say in decisions and help produce better solutions.',
      reasoning:
        'When several ideas are on the table and the choice is hard, the question can be passed on to followers, fans and readers. The knowledge of many people opens the way to open innovation and has shown many companies new directions. Those who are allowed to help decide feel respected and connect more closely with the company. The same applies to employees, who are the real experts in their own fields.',
      objections: [
        'Decisions here are made by management, not by the internet.',
        'Trolls will end up voting on our product.',
        'Our ideas could be copied.',
      ],
      audiences: {
        management:
          'A customer vote costs little and lowers the risk of developing something the market does not want. The decision stays with the company; the crowd provides pointers, not a mandate. People who voted are more likely to become buyers and advocates.',
        hr: 'Employees often know best what works in their area; internal votes make that knowledge visible. Participation is voluntary, and nobody may be disadvantaged for voting differently. Involve the works council in internal surveys, especially when results could be traced back to individuals.',
        legal:
          'Before adopting ideas from outside, publish clear terms of participation covering usage rights. Surveys collect personal data; collect only what is needed and inform participants. Confidential product plans do not belong in a public vote.',
        it: 'The platforms offer simple polls themselves; for internal surveys an existing intranet tool is often enough. External survey services must comply with data protection law and should preferably process data in the EU. Export and back up results before a campaign ends.',
      },
    },
  },

  criticism: {
    de: {
      title: 'Kritik gibt es ohnehin – besser, man kann antworten',
      claim: 'Kritik findet auch ohne eigenen Kanal statt; mit eigener Präsenz kann das Unternehmen sie hören und darauf antworten.',
      reasoning:
        'Viele fürchten, dass Kritik im eigenen Blog oder auf dem eigenen Twitter-Account landet. Doch Kritik ist zunächst eine wertvolle Rückmeldung, und ein eigener Kanal bietet die oft unterschätzte Chance, unmittelbar zu reagieren. Wer nicht präsent ist, verhindert keine Kritik, sondern erfährt nur nicht davon und kann nicht Stellung nehmen. Die Frage ist also nicht, ob kritisiert wird, sondern ob man dabei mitreden kann.',
      objections: [
        'Wir haben Angst vor einem Shitstorm.',
        'Wir würden die Kontrolle darüber verlieren, was über uns gesagt wird.',
        'Negative Kommentare schaden unserem Image.',
      ],
      audiences: {
        management:
          'Kritik, auf die niemand antwortet, prägt das Bild des Unternehmens ungestört. Eine schnelle, sachliche Antwort im eigenen Kanal begrenzt den Schaden und zeigt Souveränität. Ein vorbereiteter Ablauf für Krisen kostet wenig im Vergleich zu einem Reputationsschaden ohne Gegenstimme.',
        hr: 'Wer Kritik beantwortet, braucht Rückendeckung, klare Regeln und die Möglichkeit, schwierige Fälle weiterzugeben. Beschäftigte, die persönlich angegriffen werden, müssen geschützt werden. Der Betriebsrat kann mitbestimmen, wenn Kommentare Rückschlüsse auf Verhalten oder Leistung Einzelner erlauben; eine frühe Vereinbarung schafft Klarheit.',
        legal:
          'Auf Kritik darf und soll geantwortet werden; gelöscht werden nur rechtswidrige Inhalte wie Beleidigungen, nach festen, veröffentlichten Regeln. Eine Netiquette auf dem eigenen Kanal macht solche Entscheidungen nachvollziehbar. Persönliche Daten von Beschwerdeführenden werden nicht öffentlich besprochen, sondern in eine private Nachricht verlagert.',
        it: 'Benachrichtigungen und ein gemeinsamer Posteingang sorgen dafür, dass kritische Kommentare nicht unbemerkt bleiben. Die Konten sind so geschützt, dass im Ernstfall niemand sie übernehmen kann. Für Krisen ist festgelegt, wer Zugriff hat und wie Beiträge schnell korrigiert werden.',
      },
    },
    en: {
      title: 'Criticism happens anyway – better to be able to answer',
      claim: 'Criticism exists whether or not you have a channel; with your own presence you can hear it and respond.',
      reasoning:
        'Many fear that criticism will land on their own blog or Twitter account. But criticism is valuable feedback, and a channel of your own offers the often underestimated chance to respond directly. Staying away does not prevent criticism; you simply don’t hear about it and cannot reply. The question is not whether people criticise you, but whether you get to take part in the conversation.',
      objections: [
        "We're afraid of a shitstorm.",
        'We would lose control of what is said about us.',
        'Negative comments will damage our image.',
      ],
      audiences: {
        management:
          'Criticism that nobody answers shapes the company’s image unopposed. A quick, factual reply on your own channel limits the damage and shows confidence. A prepared crisis routine costs little compared with reputational damage that goes unanswered.',
        hr: 'People who answer criticism need backing, clear rules and a way to escalate difficult cases. Employees who are attacked personally must be protected. Under German law the works council may have a say when comments allow conclusions about individuals’ behaviour or performance; an early agreement creates clarity.',
        legal:
          'You may and should reply to criticism; delete only unlawful content such as insults, following fixed, published rules. House rules on your own channel make moderation decisions traceable. Complainants’ personal data are not discussed in public but moved to a private message.',
        it: 'Notifications and a shared inbox make sure critical comments are not missed. Accounts are secured so that nobody can take one over in a crisis. For crises it is settled who has access and how posts can be corrected quickly.',
      },
    },
  },

  faces: {
    de: {
      title: 'Dem Unternehmen ein Gesicht geben',
      claim: 'Social Media zeigt die Menschen hinter der Marke und macht das Unternehmen dadurch nahbar.',
      reasoning:
        'Richtig eingesetzt, rückt Social Media die Menschen in den Vordergrund, die hinter einem Markennamen stehen. Ein anonymes Markenkonto tut sich schwer, Begeisterung und Gefühl zu vermitteln; persönliche Profile schaffen das viel leichter. Beschäftigte verbringen einen großen Teil ihres Lebens mit ihrer Arbeit, doch diese Verbindung bleibt nach außen meist unsichtbar. Wer ihre Gesichter zeigt, zeigt, was das Unternehmen tatsächlich ausmacht.',
      objections: [
        'Bei uns spricht nur die Pressestelle.',
        'Wir können nicht kontrollieren, was Mitarbeitende posten.',
        'Wenn jemand kündigt, nimmt er seine Follower mit.',
      ],
      audiences: {
        management:
          'Menschen vertrauen Menschen mehr als Logos; persönliche Profile erreichen oft mehr als das Markenkonto. Einzelne werden zu Botschaftern, ohne dass dafür Werbebudget nötig ist. Das Risiko, dass jemand mit seinem Netzwerk geht, ist kleiner als der Verlust, nie gesehen zu werden.',
        hr: 'Wer sich öffentlich als Gesicht des Unternehmens zeigt, tut das freiwillig und kann jederzeit wieder aufhören. Dafür braucht es Schulung, Zeit in der Arbeitszeit und Rückhalt bei Anfeindungen. Private Profile bleiben privat; das Unternehmen gibt Orientierung, aber keine Vorschriften für das Privatleben.',
        legal:
          'Fotos und Namen von Beschäftigten dürfen nur mit deren Einwilligung gezeigt werden, und diese Einwilligung ist widerrufbar. Eine Social-Media-Richtlinie klärt, wann jemand im Namen des Unternehmens spricht und wann privat. Wer beruflich postet, legt seine Zugehörigkeit zum Unternehmen offen.',
        it: 'Beschäftigte posten über ihre eigenen Profile; das Unternehmen verteilt keine Zugangsdaten, sondern gibt Sicherheitshinweise wie die Zwei-Faktor-Anmeldung. Auf Unternehmensseiten werden Rollen an Personen vergeben statt gemeinsam genutzter Passwörter. Beim Ausscheiden wird geprüft, welche Rollen zu entziehen sind.',
      },
    },
    en: {
      title: 'Give the company a face',
      claim: 'Social media shows the people behind the brand and makes the company approachable.',
      reasoning:
        'Used well, social media puts the people behind a brand name in the foreground. An anonymous brand account struggles to convey enthusiasm and feeling; personal profiles manage it far more easily. Employees spend a large part of their lives at work, yet this connection usually stays invisible from the outside. Showing their faces shows what really makes the company what it is.',
      objections: [
        'Only our press office speaks for us.',
        "We can't control what employees post.",
        'When someone leaves, they take their followers with them.',
      ],
      audiences: {
        management:
          'People trust people more than logos; personal profiles often reach more than the brand account. Individuals become ambassadors without any advertising budget. The risk that someone leaves with their network is smaller than the cost of never being seen.',
        hr: 'Anyone who appears publicly as a face of the company does so voluntarily and can stop at any time. It takes training, time within working hours and support when people face hostility. Private profiles stay private; the company offers guidance but no rules for private life.',
        legal:
          'Employees’ photos and names may only be shown with their consent, and that consent can be withdrawn. A social media policy clarifies when someone speaks for the company and when privately. Anyone posting in a professional capacity discloses their affiliation with the company.',
        it: 'People post from their own profiles; the company hands out no credentials but gives security advice such as two-factor authentication. On company pages, roles are assigned to individuals instead of shared passwords. When someone leaves, check which roles must be revoked.',
      },
    },
  },

  'internal-communication': {
    de: {
      title: 'Interne Kommunikation verbessern',
      claim: 'Ein internes Blog statt Rundmails und Memos lässt Beschäftigte mitreden und bringt Führung und Team näher zusammen.',
      reasoning:
        'Viele Unternehmen versorgen ihre Belegschaft Woche für Woche mit Rundschreiben, Memos und Newslettern. Dieselben Informationen könnten in einem internen Blog stehen, wo alle ihre Meinung dazu schreiben können. Dort lassen sich Hierarchiestufen überspringen, und Mitarbeitende merken, dass ihre Stimme zählt. Führungskräfte, die selbst bloggen, halten mit weniger Aufwand engeren Kontakt zu ihren Teams als mit Mitteilungen, die nur in eine Richtung gehen.',
      objections: [
        'Unser Newsletter reicht völlig.',
        'Dann diskutieren alle nur noch, statt zu arbeiten.',
        'Führungskräfte haben keine Zeit zum Bloggen.',
      ],
      audiences: {
        management:
          'Ein internes Blog ersetzt Rundmails, deren Wirkung niemand kennt, durch Beiträge mit sichtbaren Reaktionen. Probleme kommen früher auf den Tisch, weil Hinweise nicht zwischen Hierarchiestufen hängen bleiben. Für Führungskräfte ist ein kurzer Beitrag oft schneller als viele Einzelgespräche zum selben Thema.',
        hr: 'Ein internes Blog gibt allen eine Stimme, auch denen, die in Besprechungen selten zu Wort kommen. Kommentieren bleibt freiwillig, und kritische Beiträge dürfen keine Nachteile bringen. Weil solche Werkzeuge Verhalten sichtbar machen können, wird der Betriebsrat früh beteiligt; eine Betriebsvereinbarung schafft Vertrauen.',
        legal:
          'Auch intern gelten Datenschutz und Persönlichkeitsrechte: Kommentare sind personenbezogene Daten, und ihre Auswertung zur Leistungskontrolle wird ausgeschlossen. Regeln für den Umgang miteinander und für vertrauliche Inhalte gehören in die Nutzungsbedingungen. Aufbewahrungs- und Löschfristen werden festgelegt.',
        it: 'Oft hat das Intranet oder die Kollaborationsplattform bereits Blog- oder Newsfunktionen, die nur eingeschaltet werden müssen. Die Anmeldung läuft über das bestehende Firmenkonto mit Single Sign-on. Rechte und Sichtbarkeit lassen sich so einstellen, dass Vertrauliches im passenden Kreis bleibt.',
      },
    },
    en: {
      title: 'Improve internal communication',
      claim: 'An internal blog instead of circulars and memos lets staff have their say and brings leaders and teams closer.',
      reasoning:
        'Many companies supply their workforce with circulars, memos and newsletters week after week. The same information could go on an internal blog where everyone can write what they think about it. There, hierarchy levels can be skipped and employees notice that their voice counts. Managers who blog themselves stay in closer touch with their teams, with less effort than one-way announcements.',
      objections: ['Our newsletter is quite enough.', 'Everyone will just discuss instead of working.', 'Managers have no time to blog.'],
      audiences: {
        management:
          'An internal blog replaces circulars of unknown effect with posts whose reactions are visible. Problems surface earlier because concerns do not get stuck between hierarchy levels. For managers, one short post is often faster than many individual conversations on the same topic.',
        hr: 'An internal blog gives everyone a voice, including those who rarely speak up in meetings. Commenting stays voluntary, and critical contributions must not lead to disadvantages. Because such tools can make behaviour visible, involve the works council early; a works agreement builds trust.',
        legal:
          'Data protection and personal rights apply internally too: comments are personal data, and using them to monitor performance is ruled out. Rules on conduct and on confidential content belong in the terms of use. Retention and deletion periods are defined.',
        it: 'The intranet or collaboration platform often already has blog or news features that only need switching on. Sign-in uses the existing company account with single sign-on. Permissions and visibility can be set so that confidential matters stay within the right group.',
      },
    },
  },

  'employer-branding': {
    de: {
      title: 'Attraktiv für Nachwuchs und Digital Natives',
      claim:
        'Ein Unternehmen, das in sozialen Medien präsent ist, wirkt auf junge Talente, die online aufgewachsen sind, als Arbeitgeber attraktiver.',
      reasoning:
        'Wer mit sozialen Netzwerken groß geworden ist, erwartet, dass auch ein Arbeitgeber dort ansprechbar ist. Ein Unternehmen ohne Präsenz wirkt auf diese Generation schnell verschlossen oder altmodisch. Der Schritt ins Social Web zeigt dagegen, dass sich die Firma mit neuen Entwicklungen im Netz befasst und bereit ist, Neues auszuprobieren. Das macht sie für Bewerberinnen und Bewerber interessant, lange bevor eine Stelle ausgeschrieben ist.',
      objections: [
        'Wir finden auch so genug Bewerber.',
        'Recruiting läuft bei uns über Stellenbörsen.',
        'Junge Leute wollen ohnehin nicht zu uns.',
      ],
      audiences: {
        management:
          'Fachkräfte sind knapp, und jede unbesetzte Stelle kostet Geld. Ein sichtbarer Auftritt als Arbeitgeber senkt die Ausgaben für Anzeigen und Personalvermittler. Die Wirkung ist langfristig: Wer dem Unternehmen heute folgt, bewirbt sich vielleicht in zwei Jahren.',
        hr: 'Echte Einblicke in den Arbeitsalltag überzeugen Bewerbende mehr als Hochglanzanzeigen; dafür braucht es Beschäftigte, die freiwillig mitmachen. Fragen zur Bewerbung, die in sozialen Netzwerken gestellt werden, brauchen schnelle und freundliche Antworten. Die Mitbestimmung bei Ausschreibungen und Personalauswahl bleibt unberührt.',
        legal:
          'Stellenanzeigen in sozialen Netzwerken müssen wie alle anderen diskriminierungsfrei sein (AGG), auch wenn sie gezielt an Altersgruppen ausgespielt werden. Bewerbungsunterlagen gehören nicht in Direktnachrichten, sondern in das Bewerbermanagementsystem. Social-Media-Profile von Bewerbenden dürfen nur eingeschränkt und berufsbezogen herangezogen werden.',
        it: 'Für Karriereinhalte genügen die vorhandenen Plattformen und ein Link auf das Bewerberportal. Bewerbungen werden nie über Direktnachrichten angenommen, damit die Unterlagen geschützt bleiben. Links tragen einfache Kampagnenparameter statt zusätzlicher Tracker.',
      },
    },
    en: {
      title: 'Attractive to young talent and digital natives',
      claim: 'A company that is present on social media is a more attractive employer for young talent who grew up online.',
      reasoning:
        'People who grew up with social networks expect an employer to be reachable there too. To this generation, a company without a presence quickly looks closed or old-fashioned. Moving into the social web shows that the firm engages with new developments online and is willing to try new things. That makes it interesting to applicants long before a vacancy is advertised.',
      objections: ['We get enough applicants anyway.', 'We recruit through job boards.', "Young people don't want to work for us anyway."],
      audiences: {
        management:
          'Skilled staff are scarce, and every vacancy costs money. A visible employer presence lowers spending on ads and recruitment agencies. The effect is long-term: someone following the company today may apply in two years.',
        hr: 'Genuine glimpses of everyday work convince applicants more than glossy ads; that needs employees who take part voluntarily. Questions about applications asked on social networks need quick, friendly answers. Co-determination rights on job postings and recruitment remain unaffected.',
        legal:
          'Job ads on social networks must be non-discriminatory like any other, including when they are targeted at age groups (in Germany under the AGG). Application documents belong in the applicant tracking system, not in direct messages. Candidates’ social media profiles may be consulted only to a limited, job-related extent.',
        it: 'The existing platforms and a link to the careers portal are enough for recruiting content. Applications are never accepted via direct messages, so that documents stay protected. Links carry simple campaign parameters rather than additional trackers.',
      },
    },
  },

  'first-mover': {
    de: {
      title: 'Als Vorreiter der Branche Aufmerksamkeit gewinnen',
      claim: 'Wer in seiner Branche als Erster in sozialen Medien auftritt, erhält Aufmerksamkeit und zeigt, dass er offen für Neues ist.',
      reasoning:
        'In Branchen, die im Social Web noch kaum vertreten sind, fällt der erste Auftritt besonders auf. Vorreiter können mit Berichterstattung und dem Interesse der Netzgemeinde rechnen. Außerdem signalisiert der Schritt Offenheit und die Bereitschaft, etwas auszuprobieren. Eine offenere Kommunikation wird von außen fast immer positiv aufgenommen.',
      objections: [
        'Das macht in unserer Branche doch niemand.',
        'Sollen doch erst mal die anderen ihre Fehler machen.',
        'Wir warten ab, bis es sich bewährt hat.',
      ],
      audiences: {
        management:
          'Wer zuerst da ist, besetzt die Aufmerksamkeit, die später mit allen Wettbewerbern geteilt werden muss. Berichte über den Vorreiter sind kostenlose Öffentlichkeit. Das Risiko eines Fehlstarts bleibt klein, wenn man mit einem überschaubaren Pilotprojekt beginnt.',
        hr: 'Ein Pilot mit einem kleinen, freiwilligen Team hält die Belastung gering und sammelt Erfahrungen. Der Betriebsrat wird von Anfang an beteiligt, statt später vor vollendete Tatsachen gestellt zu werden. Wer mitmacht, lernt Neues und kann dieses Wissen im Haus weitergeben.',
        legal:
          'Vorreiter haben keine Vorlagen aus der Branche zum Abschauen; umso wichtiger sind von Beginn an eine Richtlinie, ein Impressum und eine Datenschutzerklärung. Branchenregeln, etwa für Werbung in regulierten Märkten, gelten auch in sozialen Medien. Eine kurze Prüfung vor dem Start ist günstiger als Korrekturen danach.',
        it: 'Ein Pilot kommt ohne eigene Infrastruktur aus: Konten auf bestehenden Plattformen, abgesichert mit Zwei-Faktor-Anmeldung. Die Erfahrungen zeigen, welche Werkzeuge sich später lohnen. Werden die Konten von Anfang an zentral erfasst, entsteht keine Schatten-IT.',
      },
    },
    en: {
      title: 'Gain attention as the first in your industry',
      claim: 'Being the first in your industry on social media brings attention and shows that you are open to new things.',
      reasoning:
        'In industries that are barely present on the social web, the first company to appear stands out. Pioneers can expect media coverage and the interest of the online community. The move also signals openness and a willingness to experiment. More open communication is almost always received positively from the outside.',
      objections: [
        'Nobody in our industry does that.',
        'Let the others make the mistakes first.',
        "We'll wait until it has proven itself.",
      ],
      audiences: {
        management:
          'Whoever comes first takes attention that later has to be shared with every competitor. Coverage of the pioneer is free publicity. The risk of a false start stays small if you begin with a manageable pilot project.',
        hr: 'A pilot with a small, voluntary team keeps the workload low and gathers experience. The works council is involved from the start rather than being presented with a done deal later. Those who take part learn something new and can pass that knowledge on inside the company.',
        legal:
          'Pioneers have no industry templates to copy; all the more reason to have a policy, a legal notice and a privacy notice from the outset. Industry-specific rules, such as advertising rules in regulated markets, also apply on social media. A short check before launch is cheaper than corrections afterwards.',
        it: 'A pilot needs no infrastructure of its own: accounts on existing platforms, secured with two-factor authentication. The experience shows which tools are worth adding later. Registering the accounts centrally from the start prevents shadow IT.',
      },
    },
  },
};
