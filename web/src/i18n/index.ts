import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { zh } from './zh.ts';

export type Language = 'zh' | 'en';
const STORAGE_KEY = 'zdyq.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

// Chinese is bundled; English is fetched the first time someone switches to it.
void i18n
  .use(initReactI18next)
  .use(resourcesToBackend(async (language: string) => (language === 'en' ? (await import('./en.ts')).en : zh)))
  .init({
    resources: { zh: { translation: zh } },
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: 'zh',
    interpolation: { escapeValue: false },
  });

/** Asks the server to answer in the language shown, so its refusals read like the rest of the page. */
export const languageHeaders = (): Record<string, string> => ({
  'Accept-Language': i18n.language === 'en' ? 'en' : 'zh',
});

/** A download link in the language shown (a link sends no headers of its own). */
export function withLanguage(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}lang=${i18n.language === 'en' ? 'en' : 'zh'}`;
}

/** Shows the app in a language; resolves once its messages are loaded (and requests ask for it). */
export function setLanguage(language: Language): Promise<unknown> {
  const changed = i18n.changeLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {}
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  return changed;
}

export { i18n };
