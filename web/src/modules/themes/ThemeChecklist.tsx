import { useTranslation } from 'react-i18next';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { orderAsTree } from './orderAsTree';
import { useThemeTree } from './useThemeTree';
import { Fieldset } from '../../shell/Fieldset';

/** Checkboxes for the themes of a record, in tree order. */
export function ThemeChecklist({ selected, onChange }: { selected: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const tree = useThemeTree();
  return (
    <Fieldset legend={t('themes.title')} className="theme-checklist">
      {orderAsTree(tree.data ?? []).map(({ theme, depth }) => (
        <div key={theme.id} className={`kern-form-check theme-checklist__item theme-checklist__item--depth-${Math.min(depth, 3)}`}>
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id={`theme-${theme.id}`}
            checked={selected.includes(theme.id)}
            onChange={(event) => onChange(event.target.checked ? [...selected, theme.id] : selected.filter((id) => id !== theme.id))}
          />
          <label className="kern-label" htmlFor={`theme-${theme.id}`}>
            {pickText(theme.name, language, theme.slug).text}
          </label>
        </div>
      ))}
    </Fieldset>
  );
}
