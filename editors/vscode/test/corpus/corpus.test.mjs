// Every .page file of the repository (samples, test sites, benchmarks: all compile, so all are valid pages)
// tokenized with the grammar: no token is marked invalid, and every page ends with the grammar back at its root
// (no hole, block, tag or frontmatter left open to swallow the rest of a file).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { createHighlighter } from 'shiki';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const grammar = JSON.parse(readFileSync(new URL('../../syntaxes/page.tmLanguage.json', import.meta.url), 'utf8'));

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return ['bin', 'obj', 'node_modules', 'editors', '.git'].includes(entry.name) ? [] : pages(path);
    }
    return entry.name.endsWith('.page') ? [path] : [];
  });
}

const files = ['samples', 'tests', 'benchmarks'].flatMap((dir) => pages(join(repo, dir)));
const highlighter = await createHighlighter({ themes: [], langs: ['csharp', 'html', 'javascript', 'css', { ...grammar, name: 'page' }] });
const page = highlighter.getLanguage('page');

test('the repository has .page files to read', () => {
  assert.ok(files.length >= 50, `${files.length} .page files found under ${repo}`);
});

for (const file of files) {
  test(relative(repo, file), () => {
    let state = null;
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((line, i) => {
      const result = page.tokenizeLine(line, state, 0);
      state = result.ruleStack;
      for (const token of result.tokens) {
        const invalid = token.scopes.find((s) => s.startsWith('invalid.'));
        assert.equal(invalid, undefined, `line ${i + 1}: "${line.slice(token.startIndex, token.endIndex)}" is ${token.scopes.join(' ')}`);
      }
    });
    assert.equal(state.depth, 1, `the grammar ends inside ${state.contentNameScopesList?.scopePath?.toString() ?? 'an open rule'}`);
  });
}
