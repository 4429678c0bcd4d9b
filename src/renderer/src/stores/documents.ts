// Full documents (text, sections, facts), cached by id, plus corrections made from the cell view.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { CorrectionInput } from '../../../shared/api';
import type { Correction, DocumentDetail, Section } from '../../../shared/types';
import { api, errorMessage } from '../lib/api';
import { isParagraph } from '../../../shared/sections';

/** Heading path from the top-level section down to this one. */
export function headingPath(detail: DocumentDetail, section: Section): string[] {
  const byId = new Map(detail.sections.map((s) => [s.id, s]));
  const path: string[] = [];
  let current: Section | undefined = section;
  while (current) {
    // Split-off paragraphs have no heading of their own: the path names real headings only.
    if (!isParagraph(current)) path.unshift(current.heading);
    current = current.parent === null ? undefined : byId.get(current.parent);
  }
  return path;
}

export const useDocumentsStore = defineStore('documents', () => {
  const cache = ref<Record<number, DocumentDetail>>({});
  const loading = ref(false);
  const error = ref<string | null>(null);
  const corrections = ref<Correction[]>([]);
  const notice = ref<string | null>(null);

  async function load(documentId: number): Promise<DocumentDetail | null> {
    if (cache.value[documentId]) return cache.value[documentId];
    loading.value = true;
    error.value = null;
    try {
      const detail = await api().getDocument(documentId);
      cache.value = { ...cache.value, [documentId]: detail };
      return detail;
    } catch (e) {
      error.value = errorMessage(e);
      return null;
    } finally {
      loading.value = false;
    }
  }

  function forget(): void {
    cache.value = {};
  }

  async function loadCorrections(): Promise<void> {
    try {
      corrections.value = await api().listCorrections();
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  /** Saves corrections in order; the cached document is dropped so its topics reload. */
  async function correct(inputs: CorrectionInput[]): Promise<boolean> {
    error.value = null;
    notice.value = null;
    try {
      for (const input of inputs) corrections.value = [...corrections.value, await api().addCorrection(input)];
      const { [inputs[0].documentId]: _dropped, ...rest } = cache.value;
      cache.value = rest;
      return true;
    } catch (e) {
      error.value = errorMessage(e);
      return false;
    }
  }

  async function removeCorrection(id: number): Promise<void> {
    try {
      await api().removeCorrection(id);
      corrections.value = corrections.value.filter((c) => c.id !== id);
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  return { cache, loading, error, corrections, notice, load, forget, loadCorrections, correct, removeCorrection };
});
