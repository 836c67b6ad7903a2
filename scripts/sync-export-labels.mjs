// Copies the names of codes and audit fields from the web app's translations into the export
// labels (src/core/export/labels/*.json), keeping the export's own column, file and record-kind
// names. Run after changing those translations: node scripts/sync-export-labels.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORDS = ['emptyValue', 'system', 'unknownActor', 'viaToken', 'hiddenRecord', 'passwordSet', 'changed', 'entries_zero', 'entries_one', 'entries_two', 'entries_few', 'entries_many', 'entries_other', 'restored'];
const at = (tree, key) => key.split('.').reduce((node, part) => node?.[part], tree);

for (const language of ['de', 'en', 'uk']) {
  const file = path.join(root, 'src', 'core', 'export', 'labels', `${language}.json`);
  const labels = JSON.parse(readFileSync(file, 'utf8'));
  const web = JSON.parse(readFileSync(path.join(root, 'web', 'src', 'i18n', `${language}.json`), 'utf8'));
  const values = Object.fromEntries(Object.keys(labels.values).map((list) => [list, at(web, list)]));
  const words = Object.fromEntries(WORDS.filter((word) => web.audit[word] !== undefined).map((word) => [word, web.audit[word]]));
  const synced = {
    ...labels,
    entityTypes: { ...labels.entityTypes, ...web.enums.auditEntityType },
    values,
    fields: web.audit.fields,
    words: { ...words, yes: web.common.yes, no: web.common.no },
  };
  writeFileSync(file, `${JSON.stringify(synced, null, 2)}\n`);
}
