/** One changed field of a record (a text in several languages gives one change per language). */
export interface FieldChange {
  field: string;
  /** The language of one text of a multilingual field. */
  language?: string;
  /** Undefined when the field did not exist before (created) … */
  before?: unknown;
  /** … or no longer exists (deleted). */
  after?: unknown;
  /** For partial dates: how much of `before`/`after` is known ("year", "month", "day"). */
  precision?: { before?: unknown; after?: unknown };
}
