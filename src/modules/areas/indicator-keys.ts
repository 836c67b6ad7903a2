import { plainKey } from '../../core/names/name-keys.js';
import type { IndicatorInput } from './areas.schemas.js';

/** A CSV column key from an indicator's name: "Anteil mit Grundsicherung" → anteil_mit_grundsicherung. */
export function keyFromName(name: Record<string, string>): string {
  const text = name.de ?? name.en ?? Object.values(name)[0] ?? '';
  const key = plainKey(text)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 50);
  if (!key) return 'indicator';
  return /^[a-z]/.test(key) ? key : `i_${key}`;
}

/**
 * The indicators with a key each: the one given, the one a kept indicator had, or one derived from
 * the name (numbered when another indicator has it already). Readers never see keys; the CSV import
 * takes names as well.
 */
export function withKeys(inputs: IndicatorInput[], existing: { id: string; key: string }[]): (IndicatorInput & { key: string })[] {
  const keptKey = (input: IndicatorInput) => input.key ?? existing.find((row) => row.id === input.id)?.key;
  const taken = new Set(inputs.flatMap((input) => keptKey(input) ?? []));
  return inputs.map((input) => {
    const known = keptKey(input);
    if (known) return { ...input, key: known };
    const base = keyFromName(input.name);
    let key = base;
    for (let number = 2; taken.has(key); number++) key = `${base}_${number}`;
    taken.add(key);
    return { ...input, key };
  });
}
