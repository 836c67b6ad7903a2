// Builds the server and web app when the build is missing or older than the sources,
// so "npm start" works right after "npm install" and after every "git pull".
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const sources = ['src', 'web', 'migrations', 'package.json', 'package-lock.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json'];
const outputs = ['dist/server/cli.js', 'dist/web/index.html'];

function newestTime(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestTime(path.join(target, entry)));
  }
  return newest;
}

const sourceTime = Math.max(...sources.map((entry) => newestTime(path.join(root, entry))));
const outputTimes = outputs.map((entry) => newestTime(path.join(root, entry)));
if (outputTimes.some((time) => time === 0 || time < sourceTime)) {
  console.log('Building Stadtdialog (server and web app)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
