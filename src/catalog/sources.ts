/**
 * The sources the built-in catalog cites: the seed post every argument is based on, and the references for what we
 * added to it (figures, rulings, authorities' positions, statutes). Each reference was checked against the page at
 * its address; where an author, date or address could not be established it is left out, never guessed.
 * Pure data, no browser APIs.
 */
import type { ArgumentSource } from './types';

/**
 * The German blog post the ten arguments are based on (its introduction and eight numbered arguments), restated and
 * updated, never quoted. Only its title is known: the copy we have names no author, date or address, and no public
 * page with them could be found, so none is given.
 */
export const SEED: Readonly<ArgumentSource> = Object.freeze({ title: 'Wie man Social Media im Unternehmen rechtfertigt', kind: 'seed' });

function ref(source: Omit<ArgumentSource, 'kind'>): Readonly<ArgumentSource> {
  return Object.freeze({ ...source, kind: 'reference' as const });
}

/** References for our additions, by a short key. */
export const REFS = {
  /** Co-determination over a company Facebook page with visitor posts (§ 87 (1) no. 6 BetrVG). */
  bag2016: ref({
    title: 'BAG, Beschluss vom 13.12.2016, 1 ABR 7/15 (Facebook-Seite mit „Besucher-Beiträgen“)',
    author: 'Bundesarbeitsgericht',
    date: '2016-12-13',
    url: 'http://www.jurpc.de/jurpc/show?id=20170070',
  }),
  /** Co-determination over a company Twitter account because of its reply function. */
  lagHamburg2018: ref({
    title: 'LAG Hamburg, Beschluss vom 13.09.2018, 2 TaBV 5/18 (Twitter-Account, Funktion „Antwort“)',
    author: 'Landesarbeitsgericht Hamburg',
    date: '2018-09-13',
    url: 'https://ra.de/urteil/laghh/2-tabv-518-2018-09-13',
  }),
  /** Page administrators are controllers jointly with the platform. */
  cjeu2018: ref({
    title: 'CJEU, judgment of 5 June 2018, C-210/16, Wirtschaftsakademie Schleswig-Holstein (ECLI:EU:C:2018:388)',
    author: 'Court of Justice of the European Union (Grand Chamber)',
    date: '2018-06-05',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62016CJ0210',
  }),
  /** The DSK's resolution and short expert opinion: Facebook pages cannot currently be run in conformity. */
  dsk2022: ref({
    title: 'DSK, Beschluss zur Task Force Facebook-Fanpages vom 23.03.2022 und Kurzgutachten V1.0 vom 18.03.2022',
    author: 'Datenschutzkonferenz (DSK)',
    date: '2022-03-23',
    url: 'https://www.datenschutzkonferenz-online.de/media/weitere_dokumente/DSK_Kurzgutachten_Facebook-Fanpages_V1_18.03.2022.pdf',
  }),
  /** The DSK's FAQ: no general ban, lawful operation not currently possible, similar problems on other networks. */
  dskFaq2022: ref({
    title: 'DSK, FAQ zu Facebook-Fanpages, beschlossen am 22.06.2022 (Pressemitteilung vom 23.06.2022)',
    author: 'Datenschutzkonferenz (DSK)',
    date: '2022-06-22',
    url: 'https://www.datenschutz.saarland.de/ueber-uns/oeffentlichkeitsarbeit/detail/pressemitteilung-der-konferenz-der-unabhaengigen-datenschutzaufsichtsbehoerden-des-bundes-und-der-laender-vom-23-juni-2022',
  }),
  /** § 87 BetrVG: no. 1 (order and conduct in the establishment), no. 6 (technical devices that can monitor). */
  betrvg87: ref({
    title: 'Betriebsverfassungsgesetz (BetrVG), § 87 Mitbestimmungsrechte',
    author: 'Bundesrepublik Deutschland',
    url: 'https://www.gesetze-im-internet.de/betrvg/__87.html',
  }),
  /** GDPR Articles 26 (joint controllers) and 28 (processors). */
  gdpr: ref({
    title: 'Verordnung (EU) 2016/679 (DSGVO/GDPR), Artikel 26 und 28',
    author: 'Europäisches Parlament und Rat',
    date: '2016-04-27',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  }),
  /** The legal notice duty moved from § 5 TMG to § 5 DDG on 14 May 2024, unchanged in substance. */
  ddg5: ref({
    title: 'Digitale-Dienste-Gesetz (DDG), § 5, in Kraft seit 14.05.2024 (ersetzt § 5 TMG)',
    author: 'Bundesrepublik Deutschland',
    date: '2024-05-14',
  }),
  /** Job advertisements must not discriminate (§ 11 AGG). */
  agg11: ref({
    title: 'Allgemeines Gleichbehandlungsgesetz (AGG), § 11 Ausschreibung',
    author: 'Bundesrepublik Deutschland',
    url: 'https://www.gesetze-im-internet.de/agg/__11.html',
  }),
  /** 60 % of German-speaking people aged 14+ use social media at least weekly (2024, +8 points, growth mainly 50–69). */
  ardZdf2024: ref({
    title: 'ARD/ZDF-Medienstudie 2024: Zahl der Social-Media-Nutzenden steigt auf 60 Prozent',
    author: 'Thorsten Müller, Media Perspektiven',
    date: '2024',
    url: 'https://www.ard-media.de/media-perspektiven/publikationsarchiv/detailseite-2024-1/ard-zdf-medienstudie-zahl-der-social-media-nutzenden-steigt-auf-60-prozent',
  }),
} as const satisfies Record<string, Readonly<ArgumentSource>>;

/** One of the reference keys. */
export type RefKey = keyof typeof REFS;
