import type { Language } from '../../i18n/languages';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import type { Side } from './planApi';

/** How a side is called: its label, else its place, organisation or workspace. */
export function sideName(side: Pick<Side, 'label' | 'place' | 'organization' | 'workspace'>, language: Language): string {
  return (
    pickText(side.label, language).text ||
    (side.place ? pickName(side.place.names, side.place.name, language).text : '') ||
    (side.organization ? pickName(side.organization.names, side.organization.name, language).text : '') ||
    side.workspace.name
  );
}
