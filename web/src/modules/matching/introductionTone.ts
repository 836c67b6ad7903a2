import type { BadgeTone } from '../../shell/Badge';
import type { IntroductionState } from './matchingApi';

/** Done is good news, declined is not, the rest is under way. */
export const introductionTone = (state: IntroductionState): BadgeTone =>
  state === 'partnered' ? 'success' : state === 'declined' ? 'danger' : state === 'requested' ? 'warning' : 'info';
