import type { LocalizedText } from '../lib/api/types';
import { pickText } from '../lib/pickText';
import { useLanguage } from '../lib/useLanguage';
import { Badge } from './Badge';

interface Theme {
  id: string;
  slug: string;
  name: LocalizedText;
}

/** Below a record's heading: its kind and status as badges, then a badge per theme. */
export function BadgeRow({ badges = [], themes = [] }: { badges?: readonly string[]; themes?: readonly Theme[] }) {
  const language = useLanguage();
  return (
    <p className="badge-row">
      {badges.map((label, index) => (
        <Badge key={index}>{label}</Badge>
      ))}
      {themes.map((theme) => (
        <Badge key={theme.id}>{pickText(theme.name, language, theme.slug).text}</Badge>
      ))}
    </p>
  );
}
