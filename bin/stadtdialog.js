#!/usr/bin/env node
import { existsSync } from 'node:fs';

const entry = new URL('../dist/server/cli.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('stadtdialog: the server is not built yet; run "npm run build" in the project folder first.');
  process.exit(1);
}
await import(entry.href);
