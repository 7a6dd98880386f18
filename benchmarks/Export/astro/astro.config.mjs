// The Astro side of benchmarks/export.sh. Syntax highlighting and SmartyPants are off, as in the Hugo site:
// Pages (Markdig) does neither, and the three tools should do the same work and write the same HTML shape.
import { defineConfig } from 'astro/config';

export default defineConfig({
  markdown: { syntaxHighlight: false, smartypants: false },
});
