// The PageSnapshot of each open .page document, so that the providers and the middleware of one edit share one scan.

import type * as vscode from 'vscode';
import { PageSnapshot } from './pageSnapshot';

/** One PageSnapshot per open document, recomputed when its version changes. */
export class SnapshotCache {
  private readonly byUri = new Map<string, PageSnapshot>();

  get(document: vscode.TextDocument): PageSnapshot {
    const uri = document.uri.toString();
    const cached = this.byUri.get(uri);
    if (cached && cached.version === document.version) {
      return cached;
    }
    const snapshot = new PageSnapshot(uri, document.version, document.getText());
    this.byUri.set(uri, snapshot);
    return snapshot;
  }

  forget(document: vscode.TextDocument): void {
    this.byUri.delete(document.uri.toString());
  }
}
