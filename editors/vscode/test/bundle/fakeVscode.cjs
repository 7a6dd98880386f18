// Just enough of the `vscode` API for the bundled extension (out/extension.js) and vscode-languageclient to
// activate under node: the namespaces record what is registered; any member not written here is a no-op that
// returns a disposable. Settings come from `settings`, keyed 'section.name'.
'use strict';

const registered = { completion: [], hover: [], folding: [], commands: [], warnings: [], output: [] };
const settings = new Map();

const disposable = () => ({ dispose() {} });
const event = () => disposable;

/** A namespace whose listed members are real and whose other members are no-ops returning disposables. */
function namespace(members) {
  return new Proxy(members, {
    get(target, name) {
      if (name in target) return target[name];
      if (typeof name === 'string' && name.startsWith('onDid')) return event();
      if (typeof name === 'string' && name.startsWith('onWill')) return event();
      return () => disposable();
    },
  });
}

/** A class that keeps its constructor arguments (new vscode.Range(1, 2, 3, 4) → { args: [1, 2, 3, 4] }). */
function recordingClass(name) {
  return class {
    constructor(...args) {
      this.args = args;
      this.kind = name;
    }
    static from() {
      return disposable();
    }
  };
}

class EventEmitter {
  constructor() {
    this.listeners = [];
    this.event = (listener) => {
      this.listeners.push(listener);
      return disposable();
    };
  }
  fire(value) {
    for (const listener of this.listeners) listener(value);
  }
  dispose() {}
}

class Disposable {
  constructor(callOnDispose) {
    this.callOnDispose = callOnDispose;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((i) => i?.dispose?.()));
  }
  dispose() {
    this.callOnDispose?.();
  }
}

function outputChannel(name) {
  const append = (line) => registered.output.push(`${name}: ${line}`);
  return namespace({ name, append, appendLine: append, info: append, warn: append, error: append, trace: append, debug: append, logLevel: 2, onDidChangeLogLevel: event() });
}

function configuration(section) {
  return {
    get: (key, fallback) => (settings.has(`${section}.${key}`) ? settings.get(`${section}.${key}`) : fallback),
    has: (key) => settings.has(`${section}.${key}`),
    inspect: () => undefined,
    update: async () => {},
  };
}

const vscode = {
  registered,
  settings,
  version: '1.91.0',
  env: namespace({ machineId: 'test', sessionId: 'test', language: 'en', appName: 'fake', uiKind: 1 }),
  window: namespace({
    createOutputChannel: outputChannel,
    showWarningMessage: async (message) => {
      registered.warnings.push(message);
      return undefined;
    },
    showErrorMessage: async (message) => {
      registered.warnings.push(message);
      return undefined;
    },
    showInformationMessage: async () => undefined,
    activeTextEditor: undefined,
    visibleTextEditors: [],
    tabGroups: namespace({ all: [] }),
  }),
  workspace: namespace({
    getConfiguration: configuration,
    workspaceFolders: undefined,
    textDocuments: [],
    notebookDocuments: [],
    createFileSystemWatcher: () => namespace({ onDidCreate: event(), onDidChange: event(), onDidDelete: event() }),
    fs: namespace({}),
  }),
  languages: namespace({
    registerCompletionItemProvider: (selector, provider, ...triggers) => {
      registered.completion.push({ selector, provider, triggers });
      return disposable();
    },
    registerHoverProvider: (selector, provider) => {
      registered.hover.push({ selector, provider });
      return disposable();
    },
    registerFoldingRangeProvider: (selector, provider) => {
      registered.folding.push({ selector, provider });
      return disposable();
    },
    match: () => 0,
    createDiagnosticCollection: () => namespace({ set() {}, delete() {}, clear() {}, dispose() {} }),
  }),
  commands: namespace({
    registerCommand: (id, callback) => {
      registered.commands.push(id);
      return disposable();
    },
    executeCommand: async () => undefined,
  }),
  extensions: namespace({ all: [] }),
  notebooks: namespace({}),
  EventEmitter,
  Disposable,
  Uri: { parse: (s) => ({ toString: () => s, fsPath: s, scheme: s.split(':')[0] }), file: (p) => ({ toString: () => `file://${p}`, fsPath: p, scheme: 'file' }) },
  CancellationTokenSource: class {
    constructor() {
      this.token = { isCancellationRequested: false, onCancellationRequested: event() };
    }
    cancel() {}
    dispose() {}
  },
  FoldingRangeKind: { Comment: 1, Imports: 2, Region: 3 },
  CompletionItemKind: {},
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  TextDocumentSaveReason: {},
  ViewColumn: {},
  StatusBarAlignment: { Left: 1, Right: 2 },
  UIKind: { Desktop: 1, Web: 2 },
  ExtensionMode: { Production: 1, Development: 2, Test: 3 },
};
for (const name of ['Range', 'Position', 'Location', 'Hover', 'MarkdownString', 'SnippetString', 'CompletionItem', 'CompletionList', 'FoldingRange', 'Diagnostic', 'TextEdit', 'WorkspaceEdit', 'SignatureHelp', 'ParameterInformation', 'SignatureInformation', 'Selection', 'CodeAction', 'CodeActionKind', 'SemanticTokens', 'SemanticTokensLegend', 'InlayHint', 'DocumentLink', 'Color', 'ColorInformation', 'CallHierarchyItem', 'TypeHierarchyItem', 'SymbolInformation', 'DocumentSymbol', 'CodeLens', 'InlineValueText', 'InlineCompletionItem', 'LinkedEditingRanges', 'SelectionRange', 'RelativePattern', 'DocumentHighlight', 'NotebookCellData', 'NotebookData', 'TabInputText', 'TabInputTextDiff', 'TabInputNotebook', 'TabInputNotebookDiff', 'TabInputCustom']) {
  vscode[name] = recordingClass(name);
}

module.exports = new Proxy(vscode, {
  get(target, name) {
    if (!(name in target) && typeof name === 'string') {
      // Unknown capitalized names are classes (some are extended at load time); the rest are namespaces.
      target[name] = /^[A-Z]/.test(name) ? recordingClass(name) : namespace({});
    }
    return target[name];
  },
  ownKeys: (target) => Reflect.ownKeys(target),
});
