/**
 * The name of a record named in several languages as a reader of `language` expects it: in
 * that language, else the record's own (local) name, else any name it has.
 */
export function nameInLanguage(names: Record<string, string> | null | undefined, localName: string | null | undefined, language: string): string {
  const inLanguage = names?.[language]?.trim();
  if (inLanguage) return inLanguage;
  if (localName?.trim()) return localName.trim();
  return Object.values(names ?? {}).find((name) => name.trim() !== '')?.trim() ?? '';
}
