import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/api/channels';
import { contract } from '../../../shared/api/contract';
import { docSchema } from '../../../shared/article/model';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../../shared/security/csp';
import { APP_VERSION } from '../../../shared/version';

describe('the contract', () => {
  it('has exactly one schema pair per call name', () => {
    expect(Object.keys(contract).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) {
      expect(contract[name].input).toBeDefined();
      expect(contract[name].output).toBeDefined();
    }
  });

  it('refuses unknown fields and wrong types', () => {
    expect(contract['articles.get'].input.safeParse({ id: 'abcdef-1', extra: 1 }).success).toBe(false);
    expect(contract['articles.get'].input.safeParse({ id: '../../etc/passwd' }).success).toBe(false);
    expect(contract['articles.list'].input.safeParse({ limit: 1_000_000 }).success).toBe(false);
  });

  it('accepts a TipTap document and refuses other shapes', () => {
    expect(docSchema.safeParse({ type: 'doc', content: [{ type: 'paragraph' }] }).success).toBe(true);
    expect(docSchema.safeParse({ type: 'paragraph' }).success).toBe(false);
    expect(docSchema.safeParse({ type: 'doc', content: 'text' }).success).toBe(false);
  });

  it('refuses documents nested deeper than any article needs', () => {
    let node: { type: string; content?: unknown[] } = { type: 'paragraph' };
    for (let depth = 0; depth < 60; depth += 1) node = { type: 'blockquote', content: [node] };
    expect(docSchema.safeParse({ type: 'doc', content: [node] }).success).toBe(false);
  });
});

describe('build facts', () => {
  it('keeps APP_VERSION equal to package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
  });

  it('has a strict content security policy', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META]) {
      expect(policy).not.toMatch(/unsafe-(inline|eval)/);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(readFileSync('renderer/index.html', 'utf8')).toContain('%CONTENT_SECURITY_POLICY%');
  });
});
