/**
 * The sources the built-in catalog cites: the seed post every argument is based on, and the references for what we
 * added to it (figures, rulings, authorities' positions, statutes). Each reference was checked against the page at
 * its address; where an author, date or address could not be established it is left out, never guessed.
 * Pure data, no browser APIs.
 */
import type { ArgumentSource } from './types';

/**
 * The German blog post the ten arguments are based on (its introduction and eight numbered arguments), restated and
 * updated, never quoted. Only its title is known: the copy we have names no author, date or address, and searches for
 * its title (last in December 2026) found no public page with them, so none is given.
 */
export const SEED: Readonly<ArgumentSource> = Object.freeze({ title: 'Wie man Social Media im Unternehmen rechtfertigt', kind: 'seed' });

function ref(source: Omit<ArgumentSource, 'kind'>): Readonly<ArgumentSource> {
  return Object.freeze({ ...source, kind: 'reference' as const });
}

/**
 * References for our additions, by a short key. Titles carry no date (the copy adds `date` once, in the copy's
 * language) and no nested parentheses; `translations.en` gives the English title for English copies; `marks` are the
 * words (case numbers, dates, a study's name) by which a text shows that it relies on the source.
 * A statute cited by several sections links its table of contents rather than one of the sections.
 */
export const REFS = {
  /** Co-determination over a company Facebook page with visitor posts (§ 87 (1) no. 6 BetrVG); the Federal Labour Court. */
  bag2016: ref({
    title: 'BAG, Beschluss 1 ABR 7/15: Facebook-Seite mit Besucher-Beiträgen',
    translations: { en: { title: 'German Federal Labour Court, decision 1 ABR 7/15: Facebook page with visitor posts' } },
    date: '2016-12-13',
    url: 'https://www.bundesarbeitsgericht.de/entscheidung/1-abr-7-15/',
    marks: ['1 ABR 7/15', '13.12.2016', '13 December 2016'],
  }),
  /**
   * Co-determination over a company Twitter account because of its reply function. A regional court's decision
   * (appeal on points of law allowed in its operative part), not the Federal Labour Court's.
   */
  lagHamburg2018: ref({
    title: 'LAG Hamburg, Beschluss 2 TaBV 5/18: Twitter-Konto mit Antwortfunktion',
    translations: { en: { title: 'Regional Labour Court of Hamburg, decision 2 TaBV 5/18: Twitter account with reply function' } },
    date: '2018-09-13',
    url: 'https://ra.de/urteil/laghh/2-tabv-518-2018-09-13',
    marks: ['2 TaBV 5/18', '13.09.2018', '13 September 2018'],
  }),
  /**
   * A page's administrator is a controller jointly with the platform for the processing of its visitors' data that
   * produces the page statistics: by setting up the page and its statistics filters it takes part in deciding their
   * purposes and means (paragraphs 36–39).
   */
  cjeu2018: ref({
    title: 'EuGH, Urteil C-210/16, Wirtschaftsakademie Schleswig-Holstein, ECLI:EU:C:2018:388',
    translations: { en: { title: 'CJEU, judgment C-210/16, Wirtschaftsakademie Schleswig-Holstein, ECLI:EU:C:2018:388' } },
    date: '2018-06-05',
    url: 'https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:62016CJ0210',
    marks: ['C-210/16', '05.06.2018', '5 June 2018'],
  }),
  /**
   * The resolution of the DSK (Datenschutzkonferenz: the Conference of the Independent Data Protection Supervisory
   * Authorities of the Federation and the Länder) of 23.03.2022 on its task force's short expert opinion: Facebook pages
   * cannot currently be run in conformity. Address: the resolution on the DSK's site, as given by
   * https://datenschutz-experten.nrw/facebook-fanpage-rechtsdurchsetzung-folgt/ (the title and date cited are the
   * resolution's). The opinion itself has two versions, listed by the ULD
   * (https://datenschutzzentrum.de/artikel/1412-Kurzgutachten-zur-datenschutzrechtlichen-Konformitaet-des-Betriebs-von-Facebook-Fanpages.html):
   * version 1.0 of 18.03.2022 (the address cited before, .../media/weitere_dokumente/DSK_Kurzgutachten_Facebook-Fanpages_V1_18.03.2022.pdf,
   * is that version, not 1.1) and version 1.1 of 10.11.2022, whose address could not be established.
   */
  dsk2022: ref({
    title: 'DSK-Beschluss zur Task Force Facebook-Fanpages mit Kurzgutachten',
    translations: {
      en: { title: 'Resolution of the Data Protection Conference DSK on Facebook pages, with a short expert opinion' },
    },
    date: '2022-03-23',
    url: 'https://datenschutzkonferenz-online.de/media/dskb/DSK_Beschluss_Facebook_Fanpages.pdf',
    marks: ['23.03.2022', '23 March 2022', 'DSK'],
  }),
  /**
   * The DSK's press release of 23.06.2022 on its FAQ on Facebook pages, adopted on 22.06.2022 (the FAQ itself was to
   * follow on the DSK's site, so the catalog dates it by its adoption): no general ban, lawful operation not
   * currently possible without changes by Meta, similar problems on other networks. Cited as the press release it is:
   * the FAQ document's own address on datenschutzkonferenz-online.de could not be established (searched again in
   * December 2026; the ULD's page on the DSK's short opinion,
   * https://datenschutzzentrum.de/artikel/1412-Kurzgutachten-zur-datenschutzrechtlichen-Konformitaet-des-Betriebs-von-Facebook-Fanpages.html,
   * lists the FAQ with that date but its link target could not be read), so none is guessed. Address: the press
   * release as published by the Saarland's data protection authority.
   */
  dskFaq2022: ref({
    title: 'Pressemitteilung der DSK zu ihren am 22.06.2022 beschlossenen FAQ zu Facebook-Fanpages',
    translations: {
      en: { title: 'Press release of the Data Protection Conference DSK on its FAQ on Facebook pages, adopted on 22 June 2022' },
    },
    date: '2022-06-23',
    url: 'https://www.datenschutz.saarland.de/ueber-uns/oeffentlichkeitsarbeit/detail/pressemitteilung-der-konferenz-der-unabhaengigen-datenschutzaufsichtsbehoerden-des-bundes-und-der-laender-vom-23-juni-2022',
    marks: ['22.06.2022', '22 June 2022'],
  }),
  /**
   * The Higher Administrative Court of Schleswig-Holstein, after the CJEU (C-210/16) and the Federal Administrative
   * Court (6 C 15.18) had sent the case back, allowed the ULD's appeal: its order of December 2011 that the
   * Wirtschaftsakademie Schleswig-Holstein GmbH deactivate its Facebook page was lawful, judged on the law and facts of
   * 2011 (processing for the page statistics without consent or sufficient information; the page operator jointly
   * responsible). Address: the ULD's page on the judgment of 19.01.2022, which links its full text; the decision and
   * the appeal are also reported by otto-schmidt.de (30.11.2021) and the ULD's page of 26.11.2021
   * (https://www.datenschutzzentrum.de/artikel/1384-Ausgang-des-Verfahrens-Wirtschaftsakademie-..-ULD-Az.-4-LB-2013-in-Sachen-Facebook-Fanpages.html).
   */
  ovgSchleswig2021: ref({
    title: 'OVG Schleswig, Urteil 4 LB 20/13: Facebook-Fanpage',
    translations: {
      en: { title: 'Higher Administrative Court of Schleswig-Holstein, judgment 4 LB 20/13: deactivating a Facebook page' },
    },
    date: '2021-11-25',
    url: 'https://datenschutzzentrum.de/artikel/1394-.html',
    marks: ['4 LB 20/13', '25.11.2021', '25 November 2021'],
  }),
  /**
   * The Administrative Court of Cologne lifted the 2023 order of the Federal Commissioner for Data Protection and
   * Freedom of Information (BfDI) against the Federal Press Office's Facebook page: only Meta must obtain consent to its
   * cookies, and page and platform are not joint controllers for setting and reading them (the page operator has no
   * influence on their parameters). It does not decide on the page statistics of C-210/16. Not final when announced
   * (the Press Office's statement as reported in July 2025,
   * https://www.finanznachrichten.de/nachrichten-2025-07/65968934-gericht-hebt-untersagung-der-facebook-seite-der-bundesregierung-auf-003.htm). That the Commissioner has appealed is reported only by
   * one undated law firm page (ra-schuetzle.de); neither the Commissioner nor a court could be found saying so, so the
   * catalog does not state it. Address: the court's press release of 22.07.2025, which dates the decision by the oral
   * hearing of 17.07.2025; case number as given by Luther (31.07.2025,
   * https://www.luther-lawfirm.com/newsroom/blog/detail/vg-koeln-facebook-fanpage-der-bundesregierung-bleibt-vorerst-erlaubt).
   */
  vgKoeln2025: ref({
    title: 'VG Köln, Urteil 13 K 1419/23: Facebook-Seite des Bundespresseamts',
    translations: {
      en: { title: 'Administrative Court of Cologne, judgment 13 K 1419/23: Federal Press Office’s Facebook page' },
    },
    date: '2025-07-17',
    url: 'https://www.vg-koeln.nrw.de/behoerde/presse/Pressemitteilungen/08_22072025/index.php',
    marks: ['13 K 1419/23', '17.07.2025', '17 July 2025'],
  }),
  /**
   * Meta's page on Page Insights with the "Page Insights Controller Addendum", its arrangement with page operators as
   * joint controllers (Article 26 GDPR) for the processing behind the page statistics. No date is given: the page's
   * version date could not be established.
   */
  metaInsights: ref({
    title: 'Meta: Informationen zu Seiten-Insights mit dem Page Insights Controller Addendum',
    translations: { en: { title: 'Meta: Information about Page Insights, with the Page Insights Controller Addendum' } },
    author: 'Meta Platforms Ireland',
    url: 'https://www.facebook.com/legal/terms/page_controller_addendum',
    marks: ['Page Insights Controller Addendum'],
  }),
  /**
   * A national rule on employees' data that does not meet Article 88(2) GDPR is no "more specific rule" and must be
   * left unapplied (unless it is a legal basis under Article 6(3)). It concerned § 23(1) sentence 1 of Hesse's data
   * protection act, which the referring court read as identical to § 26(1) sentence 1 BDSG.
   */
  cjeu2023: ref({
    title: 'EuGH, Urteil C-34/21: Beschäftigtendatenschutz und Artikel 88 DSGVO',
    translations: { en: { title: 'CJEU, judgment C-34/21: employee data protection and Article 88 GDPR' } },
    date: '2023-03-30',
    url: 'https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:62021CJ0034',
    marks: ['C-34/21', '30.03.2023', '30 March 2023'],
  }),
  /**
   * § 26 BDSG: paragraph 2 judges the voluntariness of an employee's consent by their dependence and the circumstances
   * and asks for written or electronic form; paragraph 1 is the general clause that C-34/21 put in doubt.
   */
  bdsg26: ref({
    title: 'Bundesdatenschutzgesetz (BDSG), § 26 Datenverarbeitung für Zwecke des Beschäftigungsverhältnisses',
    translations: { en: { title: 'German Federal Data Protection Act (BDSG), section 26, processing for employment purposes' } },
    url: 'https://www.gesetze-im-internet.de/bdsg_2018/__26.html',
    marks: ['BDSG'],
  }),
  /**
   * Article 50(4) of the AI Act: deployers disclose deep fakes (image, audio or video) and AI-generated text published
   * to inform the public on matters of public interest, unless it has undergone human review or editorial control and
   * someone holds editorial responsibility. Applies from 2 August 2026 (Article 113).
   * The Digital Omnibus on AI (provisional agreement of 7 May 2026) moves the high-risk deadlines and gives providers'
   * marking under Article 50(2) a grace period to 2 December 2026, but leaves the deployers' duty of Article 50(4) at
   * 2 August 2026 (lokalaise.de, "AI transparency: deployer duties from August 2026"; cms.law legal update of May 2026).
   */
  aiAct: ref({
    title: 'KI-Verordnung, Verordnung (EU) 2024/1689, Artikel 50',
    translations: { en: { title: 'AI Act, Regulation (EU) 2024/1689, Article 50' } },
    date: '2024-06-13',
    url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
    marks: ['2024/1689'],
  }),
  /**
   * §§ 93, 95 and 99 BetrVG: the works council may require internal advertising of vacancies (§ 93), co-determines
   * selection guidelines (§ 95) and must be consulted on each hiring (§ 99). Advertising a vacancy externally is not
   * itself co-determined; these rights stay as they are when it is also promoted on social media.
   */
  betrvg99: ref({
    title: 'Betriebsverfassungsgesetz (BetrVG), §§ 93, 95 und 99: Ausschreibung, Auswahlrichtlinien, Einstellung',
    translations: {
      en: { title: 'German Works Constitution Act (BetrVG), sections 93, 95 and 99: advertising, selection guidelines, hiring' },
    },
    url: 'https://www.gesetze-im-internet.de/betrvg/',
    marks: ['§§ 93, 95 und 99', 'sections 93, 95 and 99'],
  }),
  /**
   * §§ 22 and 23 KUG (Kunsturhebergesetz): a person's likeness may be published only with their consent (§ 22), with
   * exceptions such as contemporary history or people as accessories to a landscape (§ 23).
   */
  kug: ref({
    title: 'Kunsturhebergesetz (KUG), §§ 22 und 23: Recht am eigenen Bild',
    translations: { en: { title: 'German Art Copyright Act (KUG), sections 22 and 23: right to one’s own image' } },
    url: 'https://www.gesetze-im-internet.de/kunsturhg/',
    marks: ['KUG'],
  }),
  /**
   * The Federal Labour Court: an employee's consent under § 22 KUG to the publication of their likeness must be in
   * writing (the headnote of its parallel judgment of 11 December 2014, 8 AZR 1010/13; the texts now rest the written
   * or electronic form on § 26(2) BDSG); consent given without restriction does not lapse when employment ends, and withdrawing it then needs a
   * plausible reason. Address: the judgment's full text as published by IWW (the court's own page for it could not be
   * established, so none is guessed).
   */
  bag2015: ref({
    title: 'BAG, Urteil 8 AZR 1011/13: Veröffentlichung von Videoaufnahmen eines Arbeitnehmers',
    translations: { en: { title: 'German Federal Labour Court, judgment 8 AZR 1011/13: publishing video footage of an employee' } },
    date: '2015-02-19',
    url: 'https://iww.de/wvv/quellenmaterial/id/175572',
    marks: ['8 AZR 1011/13', '19.02.2015', '19 February 2015'],
  }),
  /**
   * § 51a UrhG (since 7 June 2021) permits use for caricature, parody and pastiche; what a pastiche is, the CJEU
   * settled in C-590/23 (see `cjeu2026`).
   */
  urhg51a: ref({
    title: 'Urheberrechtsgesetz (UrhG), § 51a Karikatur, Parodie und Pastiche',
    translations: { en: { title: 'German Copyright Act (UrhG), section 51a, caricature, parody and pastiche' } },
    url: 'https://www.gesetze-im-internet.de/urhg/__51a.html',
    marks: ['UrhG'],
  }),
  /**
   * CJEU (Grand Chamber), 14 April 2026, C-590/23 Pelham II, on a reference from the Federal Court of Justice: the
   * pastiche exception of Article 5(3)(k) InfoSoc Directive is no catch-all; it covers creations that evoke existing
   * works while noticeably differing from them and use their characteristic elements to engage with them in an artistic
   * or creative dialogue recognisable as such. Address: its operative part in the Official Journal, C/2026/3133
   * (22.6.2026).
   */
  cjeu2026: ref({
    title: 'EuGH, Urteil C-590/23: Pastiche',
    translations: { en: { title: 'CJEU, judgment C-590/23: pastiche' } },
    date: '2026-04-14',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ%3AC_202603133',
    marks: ['C-590/23'],
  }),
  /** § 87 BetrVG: no. 1 (order and conduct in the establishment), no. 6 (technical devices that can monitor), no. 12. */
  betrvg87: ref({
    title: 'Betriebsverfassungsgesetz (BetrVG), § 87 Mitbestimmungsrechte',
    translations: { en: { title: 'German Works Constitution Act (BetrVG), section 87, co-determination rights' } },
    url: 'https://www.gesetze-im-internet.de/betrvg/__87.html',
    marks: ['§ 87', 'section 87'],
  }),
  /** The GDPR: Articles 7(3) (withdrawing consent), 26 (joint controllers) and 28 (processors). */
  gdpr: ref({
    title: 'Datenschutz-Grundverordnung, Verordnung (EU) 2016/679',
    translations: { en: { title: 'General Data Protection Regulation, Regulation (EU) 2016/679' } },
    date: '2016-04-27',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    marks: ['DSGVO', 'GDPR'],
  }),
  /**
   * Article 17(1) MAR: an issuer discloses inside information that directly concerns it to the public as soon as
   * possible, in a way that allows fast access and a complete, correct and timely assessment, and must not combine it
   * with marketing; § 26(1) WpHG adds notice to BaFin and the trading venues before publication (as summarised by
   * adhoc-publizität.de, "Grundsatz", and the BaFin's issuer guideline, module C).
   */
  mar17: ref({
    title: 'MAR, Verordnung (EU) Nr. 596/2014, Artikel 17',
    translations: { en: { title: 'MAR, Regulation (EU) No 596/2014, Article 17' } },
    date: '2014-04-16',
    url: 'https://eur-lex.europa.eu/eli/reg/2014/596/oj',
    marks: ['17 MAR'],
  }),
  /** The legal notice duty moved from § 5 TMG to § 5 DDG on 14 May 2024, unchanged in substance. */
  ddg5: ref({
    title: 'Digitale-Dienste-Gesetz (DDG), § 5, in Kraft seit 14.05.2024, ersetzt § 5 TMG',
    translations: { en: { title: 'German Digital Services Act (DDG), section 5, in force since 14 May 2024, replacing section 5 TMG' } },
    url: 'https://www.gesetze-im-internet.de/ddg/__5.html',
    marks: ['DDG'],
  }),
  /**
   * Job advertisements must not discriminate (§ 11 AGG); facts that suggest discrimination shift the burden of proof to
   * the employer (§ 22 AGG).
   */
  agg: ref({
    title: 'Allgemeines Gleichbehandlungsgesetz (AGG), § 11 Ausschreibung und § 22 Beweislast',
    translations: {
      en: { title: 'German General Equal Treatment Act (AGG), section 11 (job advertisements) and section 22 (burden of proof)' },
    },
    url: 'https://www.gesetze-im-internet.de/agg/',
    marks: ['AGG'],
  }),
  /**
   * Targeting a job ad at age groups can be discrimination under the AGG: the duty of § 11 covers where an ad is placed,
   * not only its wording. Reported by jurion.de on 01.03.2018.
   */
  romeis2018: ref({
    title: 'Romeis und Keßenich, Audience Targeting: AGG-diskriminierende Stellenanzeigen, DER BETRIEB 2018, 445',
    translations: {
      en: { title: 'Romeis and Keßenich, ‘Audience Targeting: AGG-diskriminierende Stellenanzeigen’, Der Betrieb 2018, 445' },
    },
    url: 'https://der-betrieb.owlit.de/document.aspx?docid=DB1260311',
    marks: ['§ 22 AGG', 'section 22 AGG'],
  }),
  /**
   * Employers may check candidates' social media profiles only with a legal basis, where necessary and relevant to
   * the job, and after informing them. Number and date ("WP 249", "Adopted on 8 June 2017") from the opinion's cover
   * page, as copies of it and datenrecht.ch report them; no address on the Commission's or the EDPB's site could be
   * found (searched again in December 2026), so none is given.
   */
  wp249: ref({
    title: 'Artikel-29-Datenschutzgruppe, Stellungnahme 2/2017 zur Datenverarbeitung am Arbeitsplatz, WP 249',
    translations: { en: { title: 'Article 29 Data Protection Working Party, Opinion 2/2017 on data processing at work, WP 249' } },
    date: '2017-06-08',
    marks: ['WP 249'],
  }),
  /** Hiding the commercial purpose of a post is unfair competition (§ 5a (4) UWG, in this form since 28 May 2022). */
  uwg5a: ref({
    title: 'Gesetz gegen den unlauteren Wettbewerb (UWG), § 5a Absatz 4',
    translations: { en: { title: 'German Act against Unfair Competition (UWG), section 5a(4)' } },
    url: 'https://www.gesetze-im-internet.de/uwg_2004/__5a.html',
    marks: ['UWG'],
  }),
  /**
   * ARD/ZDF-Medienstudie 2025 (2,512 respondents aged 14+, January to April 2025), as reported by Media Perspektiven:
   * 63 % of people aged 14 and over in Germany use social networks at least weekly, the daily reach is 35 %; growth
   * slowed to 3 points and came almost only from those aged 50–69 and 70+. The article's author is not given here: it
   * could not be read from the page as stored.
   */
  ardZdf2025: ref({
    title: 'ARD/ZDF-Medienstudie 2025: Social Media zwischen Wachstum und Sättigung',
    translations: { en: { title: 'ARD/ZDF Media Study 2025: social media between growth and saturation' } },
    author: 'Media Perspektiven',
    date: '2025',
    url: 'https://www.media-perspektiven.de/publikationsarchiv/2025/detailseite-ard-zdf-medienstudie-2025/social-media-zwischen-wachstum-und-saettigung-nutzungsmuster-und-plattformdynamiken-in-deutschland',
    marks: ['ARD/ZDF'],
  }),
  /**
   * Edelman's special report of June 2019, 16,000 respondents in eight countries (Germany among them): 81 % name
   * "I must be able to trust the brand to do what is right" as a major consideration for buying a brand. A stated
   * reason, not measured purchases. Address: Edelman's own page presenting the report.
   */
  edelmanBrands2019: ref({
    title: 'Edelman Trust Barometer Special Report: In Brands We Trust?',
    author: 'Edelman',
    date: '2019-06',
    url: 'https://www.edelman.com/research/trust-and-brands-the-next-giant-step',
    marks: ['Edelman'],
  }),
  /**
   * softgarden's press release on its online survey of 4,312 people currently applying (June 2024): counting "credible"
   * and "rather credible" together, recommendations, job ads, career sites and employer reviews each exceed 70 %, while
   * employers' social media presences come last with 57.1 % (42.9 % find them "(rather) not credible"); 48.2 % find
   * recommendations from friends and acquaintances fully credible; 86.3 % check employers on their shortlist before
   * applying, Google being the most used means (80.8 %). The release does not ask about employees' own profiles.
   * Address: the release on presseportal.de (ots).
   */
  softgarden2024: ref({
    title: 'softgarden-Studie zur Glaubwürdigkeit im Recruiting',
    translations: { en: { title: 'softgarden study on credibility in recruiting' } },
    author: 'softgarden',
    date: '2024-06',
    url: 'https://www.presseportal.de/pm/100361/5809965',
    marks: ['softgarden-Umfrage von 2024', '2024 softgarden survey'],
  }),
  /**
   * Bitkom's press release of 22 December 2023 on a representative survey of 604 companies in Germany with 20 or more
   * employees: 77 % have at least one account or profile on a social network, on average on four platforms.
   */
  bitkom2023: ref({
    title: 'Bitkom: Drei Viertel der Unternehmen nutzen soziale Medien',
    translations: { en: { title: 'Bitkom: three quarters of companies use social media' } },
    author: 'Bitkom Research',
    date: '2023-12-22',
    url: 'https://bitkom-research.de/news/drei-viertel-der-unternehmen-nutzen-soziale-medien',
    marks: ['Bitkom'],
  }),
} as const satisfies Record<string, Readonly<ArgumentSource>>;

/** One of the reference keys. */
export type RefKey = keyof typeof REFS;
