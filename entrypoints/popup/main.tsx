import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { getLocale, localeFor, say, setLocale, text } from '@/schemas/i18n';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { App } from './App';
import { beginStartUp } from './start-up';
import '@/components/base.css';
import './popup.css';

setLocale(localeFor(browser.i18n.getUILanguage()));
document.documentElement.lang = getLocale();
document.title = say(text('サポート問い合わせ支援', 'Support Ticket Helper'));
// The first view's reads start now, alongside React's first render rather than after it.
const startUp = beginStartUp();
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary>
    <App startUp={startUp} />
  </ErrorBoundary>,
);
