import { contentHash, tidyText } from '../modules/knowledge/documents/content-hash.js';
import { linkColumnOf } from '../modules/knowledge/documents/documents.repository.js';
import type { GoodPracticeInput } from '../modules/knowledge/documents/documents.schemas.js';
import type { DocumentKind, DocumentLanguage, LinkType } from '../modules/knowledge/documents/documents.types.js';
import { demoId } from './demo-id.js';

interface DemoDocument {
  key: string;
  kind: DocumentKind;
  language: DocumentLanguage;
  title: string;
  text: string;
  publishedOn: string;
  sourceUrl?: string;
  goodPractice?: GoodPracticeInput;
  /** Records the document is about: [type, demo key]. */
  links: [LinkType, string][];
  /** Themes of the reference taxonomy, by slug. */
  themes: string[];
}

const DOCUMENTS: DemoDocument[] = [
  {
    key: 'news-munich-workshop-2023',
    kind: 'news',
    language: 'de',
    title: 'Werkstatt in München: Kommunen planen gemeinsam für den Winter',
    publishedOn: '2023-11-30',
    text: `Werkstatt in München: Kommunen planen gemeinsam für den Winter

Am 28. und 29. November 2023 trafen sich in München Delegationen aus ukrainischen Städten, darunter Winnyzja, Luzk, Sumy und Mykolajiw, mit Partnern aus Deutschland und dem Kosovo. Zwei Tage lang entwarfen die Gruppen Projektskizzen für eine krisenfeste Wärme- und Stromversorgung, für lokale Betriebe und für die Sanierung von Wohnquartieren.

Die Stadtwerke Gersthofen zeigten, wie ein kleines kommunales Unternehmen ein Nahwärmenetz mit Holzhackschnitzeln betreibt. Vertreterinnen der Servicestelle Kommunen in der Einen Welt erläuterten, welche Förderwege für kommunale Partnerschaften offenstehen.

Am Ende stand für jede Partnerschaft eine Skizze, die bis zum Frühjahr mit den Fachämtern ausgearbeitet wird.`,
    links: [
      ['exchange', 'munich-workshop-2023'],
      ['place', 'munich'],
      ['place', 'vinnytsia'],
      ['place', 'lutsk'],
      ['place', 'sumy'],
      ['place', 'mykolaiv'],
      ['organization', 'stadtwerke-gersthofen'],
      ['organization', 'skew'],
    ],
    themes: ['resilience', 'energy-networks'],
  },
  {
    key: 'report-munich-workshop-2023',
    kind: 'report',
    language: 'en',
    title: 'Planning for resilience: outcomes of the Munich workshop',
    publishedOn: '2023-12-12',
    text: `Planning for resilience: outcomes of the Munich workshop

This report sums up the project-planning workshop held in Munich on 28 and 29 November 2023. Teams from Ukrainian municipalities worked with German twin towns, two municipal utilities and private companies on three strands: local economy, renewable energy and integrated urban development.

Most teams chose small, fundable steps: solar panels on school roofs, a back-up boiler house for a hospital district, a one-stop shop for small businesses. Several delegations asked for follow-up coaching on applications to the funding programme for municipal partnerships with Ukraine.

The organisers recommend repeating the format once a year and inviting the finance departments earlier.`,
    links: [
      ['exchange', 'munich-workshop-2023'],
      ['place', 'munich'],
      ['organization', 'skew'],
      ['organization', 'munich-city'],
      ['funding_programme', 'ssp-ukraine'],
    ],
    themes: ['resilience', 'renewable-energy', 'local-economy'],
  },
  {
    key: 'news-leipzig-kyiv-twinning',
    kind: 'news',
    language: 'de',
    title: 'Leipzig und Kiew: eine Partnerschaft seit 1961',
    publishedOn: '2021-09-20',
    text: `Leipzig und Kiew: eine Partnerschaft seit 1961

Die Städtepartnerschaft zwischen Leipzig und Kiew gehört zu den ältesten Verbindungen der Stadt nach Osteuropa. Sie wurde 1961 besiegelt und hat seither Schulen, Hochschulen, Vereine und Verwaltungen zusammengebracht.

In den letzten Jahren hat sich der Austausch auf die Stadtteile verlagert: Fachleute für Quartiersentwicklung, Wohnungswirtschaft und Jugendarbeit besuchen sich gegenseitig und lernen aus den Erfahrungen der anderen Seite. Die Stadt Leipzig sieht darin einen Weg, die Partnerschaft im Alltag der Bewohnerinnen und Bewohner zu verankern.`,
    links: [
      ['partnership', 'leipzig-kyiv'],
      ['place', 'leipzig'],
      ['place', 'kyiv'],
      ['organization', 'leipzig-city'],
    ],
    themes: ['district-development'],
  },
  {
    key: 'minutes-gruenau-visit-2018',
    kind: 'minutes',
    language: 'de',
    title: 'Protokoll: Besuch der Delegation aus Darnyzkyj in Grünau, Mai 2018',
    publishedOn: '2018-05-25',
    text: `Protokoll: Besuch der Delegation aus Darnyzkyj in Grünau, Mai 2018

Teilnehmende: Vertreterinnen und Vertreter der Bezirksverwaltung Darnyzkyj, des Amts für Stadterneuerung und Wohnungsbauförderung, des KOMM-Hauses und des Quartiersmanagements Grünau.

1. Rundgang durch die Wohnkomplexe 4 und 7 mit Blick auf Rückbau, Aufwertung und Grünflächen.
2. Gespräch im KOMM-Haus über Beteiligung von Mieterinnen und Mietern an der Gestaltung von Innenhöfen.
3. Verabredungen: Gegenbesuch in Kiew im Herbst 2018; Bildung von Projektgruppen zu Wohnen, Jugend und sozialen Diensten.`,
    links: [
      ['exchange', 'gruenau-visit-2018-05'],
      ['partnership', 'gruenau-darnytskyi'],
      ['place', 'gruenau'],
      ['organization', 'komm-haus'],
      ['organization', 'leipzig-renewal'],
      ['organization', 'darnytskyi-administration'],
    ],
    themes: ['participation', 'housing-management'],
  },
  {
    key: 'news-darnytskyi-return-2018',
    kind: 'news',
    language: 'uk',
    title: 'Делегація з Лейпцига-Грюнау відвідала Дарницький район',
    publishedOn: '2018-09-28',
    text: `Делегація з Лейпцига-Грюнау відвідала Дарницький район

У вересні 2018 року фахівці з Лейпцига-Грюнау приїхали до Дарницького району Києва з відповідним візитом. Гості ознайомилися з роботою керуючої компанії житлового фонду, територіального центру соціального обслуговування та молодіжних клубів.

Сторони домовилися створити спільні проєктні групи з питань житла, молоді та соціальних послуг і підготувати спільний план дій на наступні роки.`,
    links: [
      ['exchange', 'darnytskyi-return-2018-09'],
      ['partnership', 'gruenau-darnytskyi'],
      ['place', 'kyiv'],
      ['organization', 'darnytskyi-administration'],
      ['organization', 'darnytskyi-housing'],
      ['organization', 'darnytskyi-social-centre'],
    ],
    themes: ['housing-management', 'neighbourhood-management'],
  },
  {
    key: 'presentation-gruenau-2018-12',
    kind: 'presentation',
    language: 'de',
    title: 'Präsentation: Grünau im Wandel – Stadtumbau seit 1990',
    publishedOn: '2018-12-04',
    text: `Präsentation: Grünau im Wandel – Stadtumbau seit 1990

Folie 1: Grünau in Zahlen – gebaut ab 1976 für rund 85 000 Menschen, heute etwa 43 000 Einwohnerinnen und Einwohner.
Folie 2: Rückbau und Aufwertung – leerstehende Blöcke wurden abgerissen, Freiflächen zu Parks und Gärten.
Folie 3: Quartiersmanagement und Stadtteilbeirat – wie Bewohnerinnen und Bewohner mitreden.
Folie 4: Fragen an die Gäste aus Darnyzkyj – was lässt sich auf Großsiedlungen in Kiew übertragen?`,
    links: [
      ['exchange', 'gruenau-visit-2018-12'],
      ['partnership', 'gruenau-darnytskyi'],
      ['place', 'gruenau'],
      ['organization', 'leipzig-planning'],
    ],
    themes: ['district-development', 'urban-green'],
  },
  {
    key: 'concept-action-plan-2019',
    kind: 'concept',
    language: 'en',
    title: 'Concept note: a joint action plan for Grünau and Darnytskyi',
    publishedOn: '2019-02-18',
    text: `Concept note: a joint action plan for Grünau and Darnytskyi

After three visits in 2018, the district partnership between Leipzig-Grünau and Kyiv-Darnytskyi needs a shared plan. This note proposes a joint action plan with three priorities: schools as hubs for their neighbourhoods, better management of large housing estates, and social services close to residents.

Each priority gets a project group with members from both sides, a small budget and a yearly review. Progress is reported to both district councils.`,
    links: [
      ['partnership', 'gruenau-darnytskyi'],
      ['action_plan', 'gruenau-darnytskyi-2019'],
      ['project', 'gruenau-darnytskyi-groups'],
    ],
    themes: ['schools-as-hubs', 'housing-management'],
  },
  {
    key: 'good-practice-courtyards',
    kind: 'good_practice',
    language: 'de',
    title: 'Gute Praxis: Innenhöfe gemeinsam gestalten in Leipzig-Grünau',
    publishedOn: '2019-06-03',
    text: `Gute Praxis: Innenhöfe gemeinsam gestalten in Leipzig-Grünau

In Grünau planen Mieterinnen und Mieter, Wohnungsunternehmen und das Quartiersmanagement die Innenhöfe ihrer Blöcke gemeinsam. In Werkstätten vor Ort entstehen Entwürfe für Spielflächen, Sitzplätze und Gärten; die Wohnungsunternehmen setzen sie um, die Bewohnerschaft übernimmt Patenschaften für die Pflege.

Seit dem Start wurden mehrere Höfe umgestaltet. Vandalismus ging zurück, und die Höfe werden wieder als Treffpunkte genutzt.`,
    goodPractice: {
      relevance: { assessment: 'Antwort auf Leerstand, Anonymität und ungenutzte Freiflächen in einer Großwohnsiedlung.', rating: 5 },
      participation: { assessment: 'Bewohnerschaft, Wohnungsunternehmen und Verwaltung entscheiden gemeinsam; Werkstätten im Hof selbst.', rating: 5 },
      impact: { assessment: 'Mehrere Höfe umgestaltet, weniger Vandalismus, mehr Nachbarschaftskontakte.', rating: 4 },
      transferability: { assessment: 'Übertragbar auf Plattenbausiedlungen in Darnyzkyj; erste Schritte sind in der Projektgruppe Wohnen verabredet.', rating: 4 },
    },
    links: [
      ['place', 'gruenau'],
      ['partnership', 'gruenau-darnytskyi'],
      ['organization', 'komm-haus'],
    ],
    themes: ['participation', 'urban-green'],
  },
  {
    key: 'good-practice-neighbourhood-management',
    kind: 'good_practice',
    language: 'en',
    title: 'Good practice: neighbourhood management in small Saxon towns',
    publishedOn: '2018-11-15',
    text: `Good practice: neighbourhood management in small Saxon towns

Members of the Saxon network for neighbourhood management meet four times a year, each time in another member town. Glauchau shows how a small town runs a neighbourhood office with a coordinator, a citizens' fund and a shop-front meeting place in the old town.

The network turns such local experience into shared guidance, so that towns without a long tradition of community work can start quickly.`,
    goodPractice: {
      relevance: { assessment: 'Small towns face shrinking centres and few staff for community work.', rating: 4 },
      participation: { assessment: 'Residents decide on the citizens’ fund; the office is open to everyone.', rating: 4 },
      impact: { assessment: 'More small initiatives in the old town; empty shops used again.', rating: 3 },
      transferability: { assessment: 'The model needs one coordinator and a small fund: realistic for towns of 20 000 to 50 000 people.', rating: 5 },
    },
    links: [
      ['network', 'lag-sachsen'],
      ['place', 'glauchau'],
      ['organization', 'glauchau-qm'],
      ['organization', 'lag-sachsen'],
    ],
    themes: ['neighbourhood-management'],
  },
  {
    key: 'report-integration-initiative',
    kind: 'report',
    language: 'de',
    title: 'Bericht: Integrierte Stadtteilentwicklung im Leipziger Osten',
    publishedOn: '2018-03-01',
    text: `Bericht: Integrierte Stadtteilentwicklung im Leipziger Osten

Der Leipziger Osten hat in den vergangenen Jahren einen lokalen Aktionsplan erarbeitet. Ämter, Vereine, Schulen und Unternehmen haben darin Ziele für Bildung, Wohnen, lokale Wirtschaft und öffentlichen Raum verabredet.

Der Bericht beschreibt, wie Förderprogramme gebündelt wurden, welche Gremien die Umsetzung begleiten und welche Erfahrungen für Partnerstädte in der Ukraine interessant sind, etwa die Arbeit der Stadtteilbeiräte.`,
    links: [
      ['project', 'integration-initiative-management'],
      ['place', 'leipziger-osten'],
      ['organization', 'leipzig-renewal'],
    ],
    themes: ['integrated-urban-development', 'local-economy'],
  },
  {
    key: 'news-lutsk-heat-2024',
    kind: 'news',
    language: 'uk',
    title: 'Луцьк готує громаду до зими разом із німецькими партнерами',
    publishedOn: '2024-01-22',
    text: `Луцьк готує громаду до зими разом із німецькими партнерами

Після воркшопу в Мюнхені в листопаді 2023 року команда Луцька доопрацювала проєкт резервного джерела тепла для лікарні та двох шкіл. Німецькі комунальні підприємства поділилися досвідом експлуатації невеликих котелень на місцевому паливі.

Громада планує подати заявку на фінансування навесні та залучити мешканців до обговорення проєкту.`,
    links: [
      ['place', 'lutsk'],
      ['exchange', 'munich-workshop-2023'],
    ],
    themes: ['resilience', 'energy-networks'],
  },
];

const PREFIXES: Record<LinkType, string> = {
  partnership: 'partnership',
  exchange: 'exchange',
  network: 'network',
  place: 'place',
  organization: 'organization',
  person: 'person',
  project: 'project',
  action_plan: 'plan',
  funding_programme: 'programme',
  theme: 'theme',
};

/** The demo's documents: public news, reports, minutes, a presentation, a concept and two good practices. */
export const demoDocuments = DOCUMENTS.map((document) => {
  const text = tidyText(document.text);
  return {
    id: demoId(`document:${document.key}`),
    visibility: 'public' as const,
    kind: document.kind,
    language: document.language,
    languageSource: 'given' as const,
    title: document.title,
    text,
    sourceUrl: document.sourceUrl ?? null,
    publishedOn: document.publishedOn,
    sortDate: document.publishedOn,
    origin: 'demo' as const,
    contentHash: contentHash(text),
    goodPractice: document.goodPractice ?? null,
  };
});

export const demoDocumentLinks = DOCUMENTS.flatMap((document) =>
  document.links.map(([type, key]) => ({
    id: demoId(`document-link:${document.key}:${type}:${key}`),
    documentId: demoId(`document:${document.key}`),
    ...linkColumnOf(type, demoId(`${PREFIXES[type]}:${key}`)),
    origin: 'manual' as const,
  })),
);

/** Links to themes of the reference taxonomy, whose ids are looked up by slug. */
export const demoDocumentThemes: [document: string, slug: string][] = DOCUMENTS.flatMap((document) => document.themes.map((slug): [string, string] => [document.key, slug]));

export const demoDocumentThemeLink = (documentKey: string, slug: string, themeId: string) => ({
  id: demoId(`document-link:${documentKey}:theme:${slug}`),
  documentId: demoId(`document:${documentKey}`),
  themeId,
  origin: 'manual' as const,
});

/** Two conversations a coordinator has looked at: approved comments, and one hidden with a reason. */
export const demoDocumentComments = [
  {
    id: demoId('document-comment:courtyards:1'),
    documentId: demoId('document:good-practice-courtyards'),
    body: 'Wir haben die Idee mit den Hofpatenschaften in der Projektgruppe Wohnen vorgestellt – in Darnyzkyj gibt es großes Interesse.',
    state: 'approved' as const,
    createdAt: new Date('2019-06-10T09:15:00Z'),
    moderatedAt: new Date('2019-06-10T11:00:00Z'),
  },
  {
    id: demoId('document-comment:courtyards:2'),
    documentId: demoId('document:good-practice-courtyards'),
    body: 'Günstige Gartenmöbel gibt es in unserem Onlineshop – jetzt bestellen!',
    state: 'hidden' as const,
    createdAt: new Date('2019-06-11T18:40:00Z'),
    moderatedAt: new Date('2019-06-12T07:30:00Z'),
    moderationNote: 'Werbung',
  },
  {
    id: demoId('document-comment:munich-report:1'),
    documentId: demoId('document:report-munich-workshop-2023'),
    body: 'Thanks for the summary. The follow-up coaching on applications would help our team in Sumy a lot.',
    state: 'approved' as const,
    createdAt: new Date('2023-12-14T08:05:00Z'),
    moderatedAt: new Date('2023-12-14T10:20:00Z'),
  },
];
