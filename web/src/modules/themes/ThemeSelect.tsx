import { useTranslation } from 'react-i18next';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { SelectField } from '../../shell/SelectField';
import { orderAsTree } from './orderAsTree';
import { useThemeTree } from './useThemeTree';

interface Props {
  label: string;
  value: string;
  emptyLabel: string;
  onChange: (themeId: string | undefined) => void;
  error?: string;
  required?: boolean;
}

/** A theme from the taxonomy, sub-themes indented under their parent. */
export function ThemeSelect({ label, value, emptyLabel, onChange, error, required }: Props) {
  const language = useLanguage();
  const { t } = useTranslation();
  const tree = useThemeTree();
  const options = orderAsTree(tree.data ?? []).map(({ theme, depth }) => ({
    value: theme.id,
    label: `${'\u2003'.repeat(depth)}${pickText(theme.name, language, theme.slug).text}`,
  }));
  return <SelectField label={label} value={value} emptyLabel={tree.isPending ? t('common.loading') : emptyLabel} options={options} onChange={(id) => onChange(id || undefined)} error={error} required={required} />;
}
