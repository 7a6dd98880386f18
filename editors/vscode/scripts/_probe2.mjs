import { readFileSync } from 'node:fs';
import { createHighlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
const grammar = JSON.parse(readFileSync('syntaxes/page.tmLanguage.json', 'utf8'));
const lang = { ...grammar, name: 'page' };
const code = readFileSync(process.argv[2], 'utf8').split('\n');
for (const engine of [createOnigurumaEngine(import('shiki/wasm')), createJavaScriptRegexEngine()]) {
  const h = await createHighlighter({ themes: ['github-dark'], langs: ['csharp', 'html', 'javascript', 'css', lang], engine });
  const g = h.getLanguage('page');
  let state = null;
  console.log('---');
  for (const line of code) {
    const r = g.tokenizeLine(line, state);
    state = r.ruleStack;
    console.log(r.tokens.map(t => `[${t.startIndex},${t.endIndex}) ${JSON.stringify(line.slice(t.startIndex, t.endIndex))} ${t.scopes.slice(1).join(' ')}`).join('\n'));
  }
}
