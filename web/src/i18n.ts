import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import vi from './locales/vi';
import { setApiLanguage } from './api/http';

const LANGUAGE_KEY = 'tusoi.language';

export function storedLanguage(): 'vi' | 'en' {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
}

/** English is fetched the first time it is chosen: most users never do, and the first screen stays lighter. */
async function load(lang: 'vi' | 'en'): Promise<void> {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const en = (await import('./locales/en')).default;
    i18n.addResourceBundle('en', 'translation', en);
  }
}

export async function changeLanguage(lang: 'vi' | 'en'): Promise<unknown> {
  localStorage.setItem(LANGUAGE_KEY, lang);
  setApiLanguage(lang);
  document.documentElement.lang = lang;
  await load(lang);
  return i18n.changeLanguage(lang);
}

const initial = storedLanguage();
setApiLanguage(initial);
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});
if (initial === 'en') void changeLanguage('en');

export default i18n;
