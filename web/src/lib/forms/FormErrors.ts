/** What went wrong with a form: messages per field (shown at the field and in the summary) and one for the whole form. */
export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  general: string | null;
}
