import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MayCreate } from '../modules/accounts/MayCreate';
import { PageHeading } from './PageHeading';

export interface ListActionsProps {
  /** The link to enter a new record (for those who may); `quiet` where importing is offered beside it. */
  create?: { to: string; label: string; quiet?: boolean };
  /** The import page for this kind of record. */
  importTo?: string;
  /** Other views of the list, e.g. its map; `mayCreate` for a further way to enter records, e.g. an upload. */
  links?: { to: string; label: string; mayCreate?: boolean }[];
  /** The CSV export of the list as filtered. */
  exportUrl?: string;
  /** Further files of the list in other formats, e.g. IATI XML. */
  downloads?: { url: string; label: string }[];
}

/** The buttons above a list: enter a new record, import, other views, exports. */
export function ListActions({ create, importTo, links = [], exportUrl, downloads = [] }: ListActionsProps) {
  const { t } = useTranslation();
  if (!create && !importTo && links.length === 0 && !exportUrl && downloads.length === 0) return null;
  return (
    <p className="button-row">
      {create && (
        <MayCreate>
          <Link className={create.quiet ? 'kern-btn kern-btn--secondary' : 'kern-btn kern-btn--primary'} to={create.to}>
            <span className="kern-label">{create.label}</span>
          </Link>
        </MayCreate>
      )}
      {importTo && (
        <MayCreate>
          <Link className="kern-btn kern-btn--tertiary" to={importTo}>
            <span className="kern-label">{t('imports.title')}</span>
          </Link>
        </MayCreate>
      )}
      {links.map((link) => {
        const button = (
          <Link key={link.to} className="kern-btn kern-btn--secondary" to={link.to}>
            <span className="kern-label">{link.label}</span>
          </Link>
        );
        return link.mayCreate ? <MayCreate key={link.to}>{button}</MayCreate> : button;
      })}
      {exportUrl && (
        <a className="kern-btn kern-btn--tertiary" href={exportUrl} download>
          <span className="kern-label">{t('common.exportCsv')}</span>
        </a>
      )}
      {downloads.map((download) => (
        <a key={download.url} className="kern-btn kern-btn--tertiary" href={download.url} download>
          <span className="kern-label">{download.label}</span>
        </a>
      ))}
    </p>
  );
}

/** The head of a list page: its heading, what the list holds, and the buttons above it. */
export function ListHeader({ title, intro, ...actions }: ListActionsProps & { title: string; intro: string }) {
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{intro}</p>
      <ListActions {...actions} />
    </>
  );
}
