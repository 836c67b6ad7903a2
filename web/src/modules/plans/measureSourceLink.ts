/**
 * Where the record a measure came from is shown, by its kind. Kinds without a page here are named
 * without a link; add a kind when its records get a page (e.g. exchange outcomes, project-group ideas).
 */
export const measureSourceLink: Record<string, (id: string) => string> = {
  exchange: (id) => `/exchanges/${id}`,
};
