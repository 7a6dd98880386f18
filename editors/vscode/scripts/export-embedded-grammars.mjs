// Writes the grammars a .page file embeds (C#, HTML, JavaScript, CSS) to test/.grammars/ for
// vscode-tmgrammar-test. VS Code ships these grammars itself; outside it we take the same ones from
// Shiki's @shikijs/langs (they come from VS Code's own grammar files), so tests see what an editor sees.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'test', '.grammars');
mkdirSync(target, { recursive: true });

const wanted = { 'source.cs': 'csharp', 'text.html.basic': 'html', 'source.js': 'javascript', 'source.css': 'css' };
const grammars = [
  ...(await import('@shikijs/langs/csharp')).default,
  ...(await import('@shikijs/langs/html')).default,
];
for (const [scopeName, file] of Object.entries(wanted)) {
  const grammar = grammars.find((g) => g.scopeName === scopeName);
  if (!grammar) {
    throw new Error(`@shikijs/langs has no grammar for ${scopeName}`);
  }
  writeFileSync(join(target, `${file}.json`), JSON.stringify(grammar));
}
