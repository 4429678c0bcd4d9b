// Which view is on screen and what it shows (the app has no URL router: one window, a few views).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { TopicId } from '../../../shared/taxonomy';

export type ViewId = 'library' | 'matrix' | 'cell' | 'compare' | 'history' | 'search' | 'document' | 'export';

export interface CellTarget {
  appId: number;
  documentId: number;
  topic: TopicId;
}
export interface DocumentTarget {
  documentId: number;
  /** Normalised span to scroll to and mark. */
  start: number | null;
  end: number | null;
}

export const useNavStore = defineStore('nav', () => {
  const view = ref<ViewId>('library');
  const cell = ref<CellTarget | null>(null);
  const document = ref<DocumentTarget | null>(null);
  const previous = ref<ViewId>('library');
  /** The view a document was opened from, so Back returns there even after detours through the cell. */
  const documentFrom = ref<ViewId>('library');
  /** Bumped to ask the search box to take focus (menu Find). */
  const focusSearch = ref(0);

  function go(next: ViewId): void {
    if (next !== view.value) previous.value = view.value;
    view.value = next;
  }
  function openCell(target: CellTarget): void {
    cell.value = target;
    go('cell');
  }
  function openDocument(documentId: number, start: number | null = null, end: number | null = null): void {
    document.value = { documentId, start, end };
    if (view.value !== 'document') documentFrom.value = view.value;
    go('document');
  }
  /** Escape / the back button: a cell returns to the matrix, a document to where it was opened from. */
  function back(): void {
    if (view.value === 'cell') go('matrix');
    else if (view.value === 'document') go(documentFrom.value);
    else go(previous.value);
  }
  function find(): void {
    go('search');
    focusSearch.value++;
  }

  return { view, cell, document, previous, focusSearch, go, openCell, openDocument, back, find };
});
