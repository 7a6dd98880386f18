// Bundles src/extension.ts and its npm dependencies into one CommonJS file for VS Code (node_modules stays out
// of the .vsix). Usage: node scripts/bundle.mjs [outfile]   (default out/extension.js; tests bundle elsewhere)
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'src', 'extension.ts')],
  outfile: process.argv[2] ?? join(root, 'out', 'extension.js'),
  bundle: true,
  external: ['vscode'],
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The ESM builds: the UMD builds of vscode-html-languageservice and vscode-languageserver-types load their
  // parts with require() calls a bundler cannot follow, so the bundle would miss them at run time.
  mainFields: ['module', 'main'],
  minify: true,
  logLevel: 'warning',
});
