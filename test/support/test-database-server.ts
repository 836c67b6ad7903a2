export interface TestDatabaseServer {
  /** Connection URL of a database on the test server with rights to create databases. */
  serverUrl: string;
  /** The migrated database each test file clones. */
  template: string;
  /** The template with the demo data (without the gazetteer's towns). */
  demoTemplate: string;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
