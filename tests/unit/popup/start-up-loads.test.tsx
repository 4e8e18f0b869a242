import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/popup/App';
import type { StartUp } from '@/entrypoints/popup/start-up';
import * as db from '@/storage/db';

// The popup's first view reads the database without Dexie (storage/first-view.ts); Dexie is for
// saving and live updates after it. A live query started before a draft is open would load Dexie
// and open the database a second time while the first view is still being read.
vi.mock('@/storage/db', async (importOriginal) => {
  const original = await importOriginal<typeof db>();
  return { ...original, database: vi.fn(original.database) };
});

describe('popup start-up', () => {
  it('uses no Dexie while its first view is still being read', async () => {
    vi.mocked(db.database).mockClear();
    const stillReading = new Promise<StartUp>(() => undefined);
    render(<App startUp={stillReading} />);
    expect(await screen.findByText('読み込み中…')).toBeTruthy();
    // Effects and their promises settle; nothing in them may reach for the database.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(db.database).not.toHaveBeenCalled();
  });
});
