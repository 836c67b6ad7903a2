import { demoId } from './demo-id.js';

/** The peer-learning trip of 2015 accompanies the federal congress in Leipzig (seed 003). */
export const demoExchangeRelations = [
  {
    id: demoId('relation:trip-accompanies-congress-2015'),
    exchangeId: demoId('exchange:peer-learning-trip-2015'),
    relatedExchangeId: demoId('exchange:congress-2015'),
    kind: 'accompanies' as const,
  },
  {
    id: demoId('relation:december-visit-follows-return-2018'),
    exchangeId: demoId('exchange:gruenau-visit-2018-12'),
    relatedExchangeId: demoId('exchange:darnytskyi-return-2018-09'),
    kind: 'follow_up_of' as const,
  },
];

/** The five-day visit of December 2018 is where the district partnership's project groups worked (seed 000). */
export const demoExchangeProjects = [
  { id: demoId('exchange-project:december-visit-groups'), exchangeId: demoId('exchange:gruenau-visit-2018-12'), projectId: demoId('project:gruenau-darnytskyi-groups') },
];

/** The joint action plan of Grünau and Darnytskyi carries on the work of its project groups (seed 000). */
export const demoPlanProjects = [
  { id: demoId('plan-project:gruenau-darnytskyi-groups'), actionPlanId: demoId('plan:gruenau-darnytskyi-2019'), projectId: demoId('project:gruenau-darnytskyi-groups') },
];
