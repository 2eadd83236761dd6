import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { useUnitSearch } from '../../api/orgQueries';
import type { Unit } from '../../api/orgTypes';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** Units that may not be chosen (the unit itself, its subtree). */
  exclude?: (unit: Unit) => boolean;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** Picks a unit among thousands by typing part of its name or code; the server searches the caller's tree. */
export function UnitPicker({ id, value, onChange, exclude, ...rest }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string }>();
  const units = useUnitSearch(query);
  const options = (units.data ?? [])
    .filter((unit) => unit.status === 'ACTIVE' && !(exclude?.(unit) ?? false))
    .map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})` }));
  // the chosen unit keeps its name when a later search no longer lists it
  if (chosen && chosen.value === value && !options.some((option) => option.value === value)) options.unshift(chosen);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      value={value}
      onChange={(next: string, option) => {
        if (option && !Array.isArray(option)) setChosen({ value: next, label: String(option.label) });
        onChange?.(next);
      }}
      options={options}
      loading={units.isFetching}
      placeholder={t('org.pickUnit')}
      notFoundContent={units.isFetching ? t('app.loading') : t('org.noUnitFound')}
      aria-label={rest['aria-label']}
      data-testid={rest['data-testid']}
      style={{ width: '100%' }}
    />
  );
}
