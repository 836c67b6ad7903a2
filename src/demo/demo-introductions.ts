import type { matchingIntroductions } from '../modules/matching/introductions.tables.js';
import { demoId } from './demo-id.js';

/** The town halls of the brokered introduction keep their profiles in workspaces of their own. */
export const demoSideWorkspaces = [
  { id: demoId('workspace:sambir'), slug: 'demo-sambir', name: 'Самбірська міська рада' },
  { id: demoId('workspace:chemnitz'), slug: 'demo-chemnitz', name: 'Stadt Chemnitz' },
];

/** The workspace of each demo profile that is not the demo workspace's. */
export const demoProfileWorkspaces = new Map([
  [demoId('matching-profile:sambir'), demoId('workspace:sambir')],
  [demoId('matching-profile:chemnitz'), demoId('workspace:chemnitz')],
]);

/**
 * The demo workspace brokers between Sambir, which needs district heating know-how, and
 * Chemnitz, which offers it: Chemnitz has said yes, Sambir's answer is pending.
 */
export const demoIntroductions: Omit<typeof matchingIntroductions.$inferInsert, 'workspaceId'>[] = [
  {
    id: demoId('matching-introduction:sambir-chemnitz'),
    fromProfileId: demoId('matching-profile:sambir'),
    fromWorkspaceId: demoId('workspace:sambir'),
    fromPlaceId: demoId('place:sambir'),
    toProfileId: demoId('matching-profile:chemnitz'),
    toWorkspaceId: demoId('workspace:chemnitz'),
    toPlaceId: demoId('place:chemnitz'),
    needId: demoId('matching-item:sambir:heating'),
    message:
      'Sambir modernisiert vor dem Winter Heizhäuser und Fernwärmenetz; Chemnitz stellt sein Netz auf niedrige Temperaturen um. Wir schlagen ein erstes Online-Treffen der beiden Stadtwerke vor. / Самбір модернізує котельні й тепломережу, Хемніц має досвід низькотемпературних мереж — пропонуємо першу онлайн-зустріч.',
    proposedDate: '2027-02-18',
    state: 'requested',
    fromAnswer: 'pending',
    toAnswer: 'accepted',
    toAnswerMessage: 'Gern – unsere Fernwärme-Fachleute nehmen sich einen Nachmittag Zeit, mit Dolmetschung.',
  },
];
