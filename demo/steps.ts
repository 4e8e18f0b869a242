import type { DemoStep } from './run';
import { sampleProfilesFile } from './run';

/** The demo's walk through the product, in the order a user meets it. */
export const steps: DemoStep[] = [
  {
    title: 'Options: import the sample profiles',
    async run({ session, save, note }) {
      const page = await session.openExtensionPage('options.html');
      await page.getByLabel('ファイルからインポート:').setInputFiles({ name: 'sample-profiles.json', mimeType: 'application/json', buffer: Buffer.from(sampleProfilesFile()) });
      await page.getByLabel('インポートの内容').waitFor();
      save('01-options-import-preview.png', await page.screenshot({ fullPage: true }));
      await page.getByRole('button', { name: '取り込む' }).click();
      await page.getByRole('listitem', { name: '富士通 SupportDesk 保守' }).waitFor();
      save('02-options-profiles.png', await page.screenshot({ fullPage: true }));
      note('3 sample profiles imported (IIJ, Pentio, Fujitsu)');
      await page.close();
    },
  },
];
