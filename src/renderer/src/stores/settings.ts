import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { UiLanguage } from '../../../shared/api';
import { api, errorMessage } from '../lib/api';
import { detectLanguage, language } from '../i18n';

/** Settings always carry a language (the main side defaults it), so a local flag records an explicit choice. */
const CHOSEN_KEY = 'policy-lens.languageChosen';
const languageChosen = () => {
  try {
    return localStorage.getItem(CHOSEN_KEY) === '1';
  } catch {
    return false;
  }
};

export const useSettingsStore = defineStore('settings', () => {
  const recentFolders = ref<string[]>([]);
  const error = ref<string | null>(null);

  /** A language the user picked wins; until then the UI follows navigator.language. */
  async function load(): Promise<void> {
    try {
      const settings = await api().getSettings();
      language.value = languageChosen() ? settings.language : detectLanguage(navigator.language);
      recentFolders.value = settings.recentFolders;
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  async function setLanguage(lang: UiLanguage): Promise<void> {
    language.value = lang;
    try {
      localStorage.setItem(CHOSEN_KEY, '1');
      const settings = await api().setSettings({ language: lang });
      recentFolders.value = settings.recentFolders;
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  return { language, recentFolders, error, load, setLanguage };
});
