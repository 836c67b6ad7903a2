/** The named fields of a row, for a presenter that hands them on unchanged. */
export function pickFields<Row extends object, Key extends keyof Row>(row: Row, keys: readonly Key[]): Pick<Row, Key> {
  return Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<Row, Key>;
}

/** The named fields an update's input gives (is not undefined for), for the changes of a partial update. */
export function pickGivenFields<Input extends object, Key extends keyof Input>(input: Input, keys: readonly Key[]): Partial<Pick<Input, Key>> {
  return Object.fromEntries(keys.filter((key) => input[key] !== undefined).map((key) => [key, input[key]])) as Partial<Pick<Input, Key>>;
}
