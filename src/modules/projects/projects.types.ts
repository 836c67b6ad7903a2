/** The states of a project and the roles of its partners. */
export type { ProjectPartnerRole, ProjectStatus } from './projects.tables.js';
