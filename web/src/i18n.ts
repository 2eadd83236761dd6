import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import en from './locales/en';
import vi from './locales/vi';
import { setApiLanguage } from './api/http';

const LANGUAGE_KEY = 'tusoi.language';

export function storedLanguage(): 'vi' | 'en' {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
}

export function changeLanguage(lang: 'vi' | 'en'): Promise<unknown> {
  localStorage.setItem(LANGUAGE_KEY, lang);
  setApiLanguage(lang);
  document.documentElement.lang = lang;
  return i18n.changeLanguage(lang);
}

const initial = storedLanguage();
setApiLanguage(initial);
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});

export default i18n;
