import { languageName } from '../../lib/languageName';
import { useLanguage } from '../../lib/useLanguage';
import { CheckboxGroup } from '../../shell/CheckboxGroup';
import { PROFILE_LANGUAGES } from './matchingApi';

/** The languages a profile offers to work in, each named in the UI language. */
export function ProfileLanguagesField({ legend, selected, onChange }: { legend: string; selected: readonly string[]; onChange: (selected: string[]) => void }) {
  const language = useLanguage();
  return <CheckboxGroup legend={legend} options={PROFILE_LANGUAGES} labelOf={(code) => languageName(code, language)} selected={selected} onChange={onChange} />;
}
