import type { ThemeSummary } from './themeApi';

/** Themes in tree order (parents before their children, by position), each with its depth. */
export function orderAsTree(themes: ThemeSummary[]): { theme: ThemeSummary; depth: number }[] {
  const ids = new Set(themes.map((theme) => theme.id));
  const children = new Map<string | null, ThemeSummary[]>();
  for (const theme of themes) {
    const parent = theme.parentId && ids.has(theme.parentId) ? theme.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), theme]);
  }
  const ordered: { theme: ThemeSummary; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const theme of [...(children.get(parent) ?? [])].sort((a, b) => a.position - b.position)) {
      ordered.push({ theme, depth });
      if (depth < 10) visit(theme.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
