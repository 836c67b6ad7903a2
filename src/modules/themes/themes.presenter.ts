import type { ThemeRow } from './themes.repository.js';
import type { ThemeDetail, ThemeRef, ThemeSummary } from './themes.schemas.js';

export const presentThemeRef = (row: ThemeRow): ThemeRef => ({ id: row.id, slug: row.slug, name: row.name, parentId: row.parentId });

export const presentThemeSummary = (row: ThemeRow): ThemeSummary => ({
  ...presentThemeRef(row),
  position: row.position,
  visibility: row.visibility,
  workspaceId: row.workspaceId,
});

export function presentThemeDetail(
  row: ThemeRow,
  related: { parent: ThemeRow | null; children: ThemeRow[]; uses: { organizations: number; people: number }; canEdit: boolean },
): ThemeDetail {
  return {
    ...presentThemeSummary(row),
    description: row.description,
    parent: related.parent ? presentThemeRef(related.parent) : null,
    children: related.children.map(presentThemeSummary),
    organizationCount: related.uses.organizations,
    personCount: related.uses.people,
    canEdit: related.canEdit,
  };
}

export function auditedTheme(row: ThemeRow) {
  const { sortName: _sortName, createdAt: _createdAt, ...fields } = row;
  return fields;
}
