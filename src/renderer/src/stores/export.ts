// Export: choose apps, sheets and format, pick the target natively, run, then reveal the file.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { EXPORT_SHEETS, type ExportRequest, type ExportResult, type ExportSheet } from '../../../shared/types';
import { api, errorMessage } from '../lib/api';

export type ExportPhase = 'idle' | 'choosing' | 'running' | 'done' | 'error';

export const useExportStore = defineStore('export', () => {
  /** Empty = all apps. */
  const apps = ref<number[]>([]);
  const sheets = ref<ExportSheet[]>([...EXPORT_SHEETS]);
  const format = ref<ExportRequest['format']>('xlsx');
  const phase = ref<ExportPhase>('idle');
  const result = ref<ExportResult | null>(null);
  const error = ref<string | null>(null);

  function toggleApp(id: number): void {
    apps.value = apps.value.includes(id) ? apps.value.filter((a) => a !== id) : [...apps.value, id];
  }
  function toggleSheet(sheet: ExportSheet): void {
    sheets.value = sheets.value.includes(sheet)
      ? sheets.value.filter((s) => s !== sheet)
      : EXPORT_SHEETS.filter((s) => s === sheet || sheets.value.includes(s));
  }

  async function run(): Promise<void> {
    error.value = null;
    result.value = null;
    phase.value = 'choosing';
    try {
      const out = await api().chooseExportTarget(format.value);
      if (!out) {
        phase.value = 'idle';
        return;
      }
      phase.value = 'running';
      result.value = await api().exportWorkbook({ out, format: format.value, apps: [...apps.value], sheets: [...sheets.value] });
      phase.value = 'done';
    } catch (e) {
      error.value = errorMessage(e);
      phase.value = 'error';
    }
  }

  async function reveal(): Promise<void> {
    const file = result.value?.files[0];
    if (!file) return;
    try {
      await api().showInFolder(file);
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  return { apps, sheets, format, phase, result, error, toggleApp, toggleSheet, run, reveal };
});
