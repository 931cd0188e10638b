import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the first screens load before they show anything: the modules reached by static imports (not `import type`,
 * not `import()`) from an entry. zod's schemas (≈ 90 kB, and building them when the module runs) belong to the
 * services' boundary and the screens that edit the office's data; the library and an article's editor open
 * without them (the opening bench measured ≈ 0.1 s of a long article's opening on them).
 */
function staticGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (graph.has(file)) continue;
    const source = readFileSync(file, 'utf8');
    const specifiers: string[] = [];
    for (const match of source.matchAll(/^(?:import|export)\s+([^'";]*?)\s*from\s*'([^']+)'/gms)) {
      const [, clause, specifier] = match;
      if (/^type\s/.test(clause)) continue;
      const names = /^\{([^}]*)\}$/.exec(clause.trim());
      if (names && names[1].split(',').every((name) => !name.trim() || /^type\s/.test(name.trim()))) continue;
      specifiers.push(specifier);
    }
    for (const match of source.matchAll(/^import\s+'([^']+)'/gm)) specifiers.push(match[1]);
    graph.set(file, specifiers);
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) continue;
      const base = resolve(dirname(file), specifier);
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
      if (found && /\.tsx?$/.test(found)) pending.push(found);
    }
  }
  return graph;
}

function importersOf(entry: string, packageName: string): string[] {
  return [...staticGraph(entry)].filter(([, specifiers]) => specifiers.includes(packageName)).map(([file]) => relative(process.cwd(), file));
}

describe('the first screens load without zod', () => {
  it('the app’s entry and the library', () => {
    expect(importersOf('renderer/src/main.tsx', 'zod')).toEqual([]);
  });

  it('an article’s editor', () => {
    expect(importersOf('renderer/src/editor/EditorView.tsx', 'zod')).toEqual([]);
  });

  it('the check finds an import of zod when there is one', () => {
    // The services' contract is built of schemas: the walk must see them.
    expect(importersOf('shared/api/contract.ts', 'zod').length).toBeGreaterThan(0);
  });
});
