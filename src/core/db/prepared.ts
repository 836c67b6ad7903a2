/**
 * A prepared statement built once per database handle: Drizzle builds its SQL once, and each
 * pooled connection has PostgreSQL parse and plan it once (a named statement), instead of both
 * on every call. For the hottest reads outside a viewer's transaction (who is calling), which
 * are called with the pool's handle; a transaction's handle gets its own.
 */
export function preparedPerDatabase<Database extends object, Statement>(build: (db: Database) => Statement): (db: Database) => Statement {
  const built = new WeakMap<Database, Statement>();
  return (db) => {
    let statement = built.get(db);
    if (!statement) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}
