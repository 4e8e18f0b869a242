import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase, useDatabaseForTests } from '@/storage/db';
import { setLocale } from '@/schemas/i18n';

// Every test starts with an empty, real (in-memory) IndexedDB and a reset fake browser.
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  Dexie.dependencies.indexedDB = globalThis.indexedDB;
  useDatabaseForTests(await openDatabase());
  fakeBrowser.reset();
  // WXT's fake browser has no permissions store: a fresh install has granted nothing extra.
  fakeBrowser.permissions.getAll = async () => ({ origins: [], permissions: [] });
  setLocale('ja');
});

afterEach(() => {
  cleanup();
});
