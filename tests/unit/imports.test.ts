import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Which top-level folder of src/ each file's imports reach, including type-only imports. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file).split('/')[0];
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const to = relative(SRC, resolve(dirname(file), specifier)).split('/')[0];
      if (to !== from && !to.startsWith('..')) targets.add(to);
    }
  }
  return graph;
}

describe('the shape of the code', () => {
  it('results, session and solo import each other in one direction only', () => {
    const graph = folderGraph();
    const folders = ['results', 'session', 'solo'];
    const cycles: string[] = [];
    for (const a of folders) for (const b of folders) {
      if (a < b && graph.get(a)?.has(b) && graph.get(b)?.has(a)) cycles.push(`${a} <-> ${b}`);
    }
    expect(cycles).toEqual([]);
  });

  it('components stay small', () => {
    const large = sourceFiles(SRC)
      .filter((file) => file.endsWith('.tsx'))
      .map((file) => ({ file: relative(SRC, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 210);
    expect(large).toEqual([]);
  });
});
