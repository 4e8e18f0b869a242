import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { getLocale, localeFor, say, setLocale, text } from '@/schemas/i18n';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { database } from '@/storage/db';
import { App } from './App';
import '@/components/base.css';
import './popup.css';

// The first view waits on IndexedDB: opening it now overlaps the open with React's first render.
void database().open();
setLocale(localeFor(browser.i18n.getUILanguage()));
document.documentElement.lang = getLocale();
document.title = say(text('サポート問い合わせ支援', 'Support Ticket Helper'));
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary>
    <App />
  </ErrorBoundary>,
);
