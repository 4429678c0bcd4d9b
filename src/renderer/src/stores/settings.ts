// The UI language and recent folders. The language stays unset in the library until the user picks
// one; until then the UI follows the system language (navigator.language is the app locale in Electron).
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { UiLanguage } from '../../../shared/api';
import { api, errorMessage } from '../lib/api';
import { detectLanguage, language } from '../i18n';

export const useSettingsStore = defineStore('settings', () => {
  const recentFolders = ref<string[]>([]);
  /** The saved choice, or null while the UI follows the system language. */
  const chosenLanguage = ref<UiLanguage | null>(null);
  const error = ref<string | null>(null);

  async function load(): Promise<void> {
    try {
      const settings = await api().getSettings();
      chosenLanguage.value = settings.language;
      language.value = settings.language ?? detectLanguage(navigator.language);
      recentFolders.value = settings.recentFolders;
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  async function setLanguage(lang: UiLanguage): Promise<void> {
    language.value = lang;
    chosenLanguage.value = lang;
    try {
      const settings = await api().setSettings({ language: lang });
      recentFolders.value = settings.recentFolders;
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  return { language, chosenLanguage, recentFolders, error, load, setLanguage };
});
