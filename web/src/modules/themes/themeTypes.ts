import type { LocalizedText, Visibility } from '../../lib/api/types';

export interface ThemeRef {
  id: string;
  slug: string;
  name: LocalizedText;
  parentId: string | null;
}

export interface ThemeSummary extends ThemeRef {
  position: number;
  visibility: Visibility;
  workspaceId: string;
}

export interface ThemeDetail extends ThemeSummary {
  description: LocalizedText;
  parent: ThemeRef | null;
  children: ThemeSummary[];
  organizationCount: number;
  personCount: number;
  canEdit: boolean;
}
