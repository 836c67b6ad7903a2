import type { projectContacts, projectPartners, projects } from '../modules/projects/projects.tables.js';
import { demoId } from './demo-id.js';

type ProjectSeed = Omit<typeof projects.$inferInsert, 'workspaceId'>;

export const demoProjects: ProjectSeed[] = [
  {
    id: demoId('project:integration-initiative-management'),
    visibility: 'public',
    title: { de: 'Integration durch Initiativmanagement', en: 'Integration through neighbourhood initiative management', uk: 'Інтеграція через управління ініціативами' },
    summary: {
      de: 'Pilotprojekt der Stadt Leipzig: In einem benachteiligten Quartier ohne laufende Städtebauförderung sollen mit wenig Geld tragfähige Nachbarschaftsstrukturen entstehen, die Zugezogene wie Alteingesessene einbinden.',
      en: 'A pilot project of the City of Leipzig: in a disadvantaged quarter without current urban development funding, lasting neighbourhood structures are to grow on a small budget, involving newcomers and long-standing residents alike.',
      uk: 'Пілотний проєкт міста Лейпциг: у неблагополучному кварталі без поточного фінансування міського розвитку з невеликим бюджетом мають виникнути сталі сусідські структури, що залучають і новоприбулих, і давніх мешканців.',
    },
    goals: {
      de: 'Gebiete mit besonderem Unterstützungsbedarf bestimmen und eines als Pilotgebiet auswählen; dort einen lokalen Aktionsplan, eine Lernwerkstatt mit anderen Quartiersmanagements und neue Beteiligungsformate aufbauen; danach prüfen, was sich auf andere Leipziger Quartiere übertragen lässt.',
      en: 'Identify areas with particular support needs and choose one as the pilot area; build a local action plan, a learning workshop with other neighbourhood managements and new participation formats there; then test what can be transferred to other Leipzig quarters.',
      uk: 'Визначити території з особливою потребою в підтримці та обрати одну з них пілотною; створити там місцевий план дій, навчальну майстерню з іншими менеджментами кварталів і нові формати участі; потім перевірити, що можна перенести на інші квартали Лейпцига.',
    },
    status: 'running',
    carrierOrganizationId: demoId('organization:leipzig-city'),
    pilotAreaPlaceId: demoId('place:leipziger-osten'),
    startDate: '2017-01-01',
    endDate: '2019-12-31',
    budget: 180000,
    phases: [
      {
        id: demoId('phase:iim:areas'),
        title: { de: 'Gebiete mit Unterstützungsbedarf bestimmen', en: 'Identify areas with support needs', uk: 'Визначення територій, що потребують підтримки' },
        description: { de: 'Kennzahlen je Ortsteil auswerten und einen Bedarfsindex bilden.', en: 'Analyse indicators per quarter and form a need index.', uk: 'Аналіз показників по кварталах і складання індексу потреб.' },
        startDate: '2017-01-01',
        endDate: '2017-03-31',
        status: 'completed',
      },
      {
        id: demoId('phase:iim:structures'),
        title: { de: 'Lokale Strukturen im Pilotgebiet aufbauen', en: 'Build local structures in the pilot area', uk: 'Розбудова місцевих структур у пілотному кварталі' },
        description: { de: 'Aktionsplan, Lernwerkstatt, Stadtteildialoge neuer Art.', en: 'Action plan, learning workshop, new kinds of neighbourhood dialogue.', uk: 'План дій, навчальна майстерня, нові формати діалогу в кварталі.' },
        startDate: '2017-04-01',
        endDate: '2019-03-31',
        status: 'running',
      },
      {
        id: demoId('phase:iim:transfer'),
        title: { de: 'Übertragbarkeit stadtweit prüfen', en: 'Test transferability city-wide', uk: 'Перевірка можливості перенесення на все місто' },
        description: {},
        startDate: '2019-04-01',
        endDate: '2019-12-31',
        status: 'planned',
      },
    ],
    outputs: [
      { id: demoId('output:iim:action-plan'), kind: 'action_plan', title: { de: 'Lokaler Aktionsplan Leipziger Osten', en: 'Local action plan for Leipzig East', uk: 'Місцевий план дій для Східного Лейпцига' }, url: null, issuedOn: '2018-02-15' },
      { id: demoId('output:iim:workshop'), kind: 'event', title: { de: 'Lokale Lernwerkstatt mit Quartiersmanagements', en: 'Local learning workshop with neighbourhood managements', uk: 'Місцева навчальна майстерня з менеджментами кварталів' }, url: null, issuedOn: '2018-06-20' },
    ],
    transferability: [
      {
        id: demoId('transfer:iim:gruenau'),
        placeId: demoId('place:gruenau'),
        context: '',
        tried: { de: 'Stadtteildialog im Wohngebiet mit Wohnungsgenossenschaften', en: 'Neighbourhood dialogue in the housing estate with housing cooperatives', uk: 'Діалог у житловому масиві з житловими кооперативами' },
        result: { de: 'Gut angenommen; braucht eine feste Ansprechperson vor Ort.', en: 'Well received; needs a permanent contact person on site.', uk: 'Добре сприйнято; потрібна постійна контактна особа на місці.' },
        rating: 'partly_transferable',
        assessedOn: '2019-05-10',
      },
      {
        id: demoId('transfer:iim:paunsdorf'),
        placeId: demoId('place:leipzig-paunsdorf'),
        context: '',
        tried: { de: 'Lernwerkstatt als offenes Format für Initiativen', en: 'Learning workshop as an open format for initiatives', uk: 'Навчальна майстерня як відкритий формат для ініціатив' },
        result: {},
        rating: 'open',
        assessedOn: null,
      },
    ],
  },
  {
    id: demoId('project:gruenau-darnytskyi-groups'),
    visibility: 'public',
    title: { de: 'Projektgruppen Grünau – Darnyzkyj', en: 'Grünau – Darnytskyi project groups', uk: 'Проєктні групи Грюнау – Дарницький' },
    summary: {
      de: 'Vier Projektgruppen aus beiden Stadtteilen bereiten gemeinsame Vorhaben vor; ihre Ergebnisse bilden die Schwerpunkte des gemeinsamen Aktionsplans.',
      en: 'Four project groups from both districts prepare joint undertakings; their results form the priorities of the joint action plan.',
      uk: 'Чотири проєктні групи з обох районів готують спільні ініціативи; їхні результати формують пріоритети спільного плану дій.',
    },
    goals: {},
    status: 'running',
    carrierOrganizationId: demoId('organization:leipzig-city'),
    partnershipId: demoId('partnership:gruenau-darnytskyi'),
    startDate: '2018-05-01',
    endDate: '2021-12-31',
    budget: 62000,
  },
];

export const demoProjectPartners: (typeof projectPartners.$inferInsert)[] = [
  { projectId: demoId('project:integration-initiative-management'), organizationId: demoId('organization:leipzig-renewal'), role: 'implementer', position: 0 },
  { projectId: demoId('project:integration-initiative-management'), organizationId: demoId('organization:bgh'), role: 'consultancy', position: 1 },
  { projectId: demoId('project:gruenau-darnytskyi-groups'), organizationId: demoId('organization:darnytskyi-administration'), role: 'partner', position: 0 },
  { projectId: demoId('project:gruenau-darnytskyi-groups'), organizationId: demoId('organization:komm-haus'), role: 'partner', position: 1 },
  { projectId: demoId('project:gruenau-darnytskyi-groups'), organizationId: demoId('organization:skew'), role: 'funder', position: 2 },
];

export const demoProjectContacts: (typeof projectContacts.$inferInsert)[] = [
  { id: demoId('contact:iim:office'), projectId: demoId('project:integration-initiative-management'), organizationId: demoId('organization:leipzig-renewal'), role: 'Projektleitung', position: 0 },
  { id: demoId('contact:iim:bgh'), projectId: demoId('project:integration-initiative-management'), organizationId: demoId('organization:bgh'), personId: demoId('person:volgmann'), role: 'Prozessbegleitung', position: 1 },
];
