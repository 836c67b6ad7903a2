import { EnumFilter, type EnumFilterProps } from './EnumFilter';
import { FilterBar } from './FilterBar';

/** The filter bar of a list filtered on one enum; the button on small screens says when it is in use. */
export function EnumFilterBar<T extends string, P extends string>(filter: EnumFilterProps<T, P>) {
  return (
    <FilterBar active={filter.value ? 1 : 0}>
      <EnumFilter {...filter} />
    </FilterBar>
  );
}
