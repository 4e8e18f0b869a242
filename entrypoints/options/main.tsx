import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { getLocale, localeFor, setLocale } from '@/schemas/i18n';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { App } from './App';
import '@/components/base.css';
import './options.css';

setLocale(localeFor(browser.i18n.getUILanguage()));
document.documentElement.lang = getLocale();
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary>
    <App />
  </ErrorBoundary>,
);
