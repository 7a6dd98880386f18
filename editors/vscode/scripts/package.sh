#!/usr/bin/env bash
# Builds the Pages VS Code extension and packs it into editors/vscode/pages-vscode-<version>.vsix with vsce.
# When the language server project is in the repository (src/LanguageServer), it is first published
# (framework-dependent, Release) into editors/vscode/server/ so that the .vsix carries it; otherwise the
# .vsix is made without a server and the extension falls back to `pages-language-server` on PATH.
# Usage: bash editors/vscode/scripts/package.sh   (prints the .vsix path on its last line)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash scripts/ensure-node-modules.sh

server_project=../../src/LanguageServer/Pages.LanguageServer.csproj
rm -rf server
if [ -f "$server_project" ]; then
  echo "package: publishing the language server into editors/vscode/server/"
  dotnet publish "$server_project" -c Release -o server --self-contained false -p:UseAppHost=false \
    -p:DebugType=none -nodeReuse:false -v:quiet -nologo
  test -f server/Pages.LanguageServer.dll
else
  echo "package: src/LanguageServer/Pages.LanguageServer.csproj is not in this repository;" \
    "packaging without a bundled language server (the extension will look for pages-language-server on PATH)"
fi

npm run --silent build
version=$(node -p 'require("./package.json").version')
vsix="pages-vscode-$version.vsix"
rm -f "$vsix"
# The extension is bundled by esbuild into out/extension.js, so node_modules stays out (--no-dependencies).
npx --no-install vsce package --no-dependencies --skip-license --allow-missing-repository --out "$vsix"
echo "$(pwd)/$vsix"
