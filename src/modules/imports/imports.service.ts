import { requireCreateIn } from '../../core/auth/policy.js';
import type { ServiceContext } from '../../core/service-context.js';
import type { ImportOptions, ImportReport } from './import-report.js';
import { organizationImporter } from './organization-import.js';
import { partnershipImporter } from './partnership-import.js';
import { peopleImporter } from './people-import.js';
import { runImport } from './row-importer.js';
import { IMPORT_KINDS, type ImportKind } from './imports.schemas.js';

export { IMPORT_KINDS, type ImportKind };

export async function importCsv(ctx: ServiceContext, kind: ImportKind, options: ImportOptions): Promise<ImportReport> {
  requireCreateIn(ctx.viewer, options.workspaceId);
  switch (kind) {
    case 'organizations':
      return runImport(ctx, organizationImporter, options);
    case 'people':
      return runImport(ctx, peopleImporter, options);
    case 'partnerships':
      return runImport(ctx, partnershipImporter, options);
  }
}
