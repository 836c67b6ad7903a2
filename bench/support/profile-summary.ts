/**
 * Where a CPU profile (`node --cpu-prof`) spends its time: self time grouped by package (or by
 * file of the project) and the hottest functions, idle and program time left out.
 * Usage: `tsx bench/support/profile-summary.ts <file.cpuprofile> [top] [from seconds]`; samples
 * before `from` (the server's start-up) are left out.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArgument, fromArgument] = process.argv.slice(2);
if (!file) throw new Error('Usage: profile-summary.ts <file.cpuprofile> [top]');
const top = Number(topArgument ?? 25);
const fromMicroseconds = Number(fromArgument ?? 0) * 1e6;
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTime = new Map<number, number>();
let elapsed = 0;
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  elapsed += delta;
  if (elapsed >= fromMicroseconds) selfTime.set(id, (selfTime.get(id) ?? 0) + delta);
});

/** The package a frame belongs to, or the project file, or what V8 calls it. */
function groupOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const project = url.indexOf('/dist/server/');
  return project >= 0 ? url.slice(project + '/dist/server/'.length) : url;
}

const byGroup = new Map<string, number>();
const byFunction = new Map<string, number>();
let busy = 0;
for (const [id, time] of selfTime) {
  const { callFrame } = nodes.get(id)!;
  if (callFrame.functionName === '(idle)' || callFrame.functionName === '(program)') continue;
  busy += time;
  const group = groupOf(callFrame.url, callFrame.functionName);
  byGroup.set(group, (byGroup.get(group) ?? 0) + time);
  const name = `${callFrame.functionName || '(anonymous)'} ${group}:${callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + time);
}

const share = (time: number) => `${((time / busy) * 100).toFixed(1).padStart(5)} %`;
console.log(`busy ${(busy / 1e6).toFixed(1)} s (idle and program time left out)\n\nby package or file:`);
for (const [group, time] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${share(time)}  ${group}`);
console.log('\nhottest functions (self time):');
for (const [name, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${share(time)}  ${name}`);
