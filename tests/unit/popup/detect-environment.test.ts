import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { detectClock, detectPlatform, detectTab } from '@/utils/detect-environment';

const uaData = (platform: string, platformVersion: string, fullVersionList: { brand: string; version: string }[]) => ({
  platform,
  getHighEntropyValues: async () => ({ platform, platformVersion, fullVersionList }),
});
const chrome = [
  { brand: 'Not A(Brand', version: '99.0.0.0' },
  { brand: 'Chromium', version: '131.0.6778.86' },
  { brand: 'Google Chrome', version: '131.0.6778.86' },
];
const noFirefox = {};

describe('detectPlatform', () => {
  it('tells Windows 11 from 10 by platformVersion, not the frozen UA string', async () => {
    expect(await detectPlatform(uaData('Windows', '15.0.0', chrome), noFirefox)).toEqual({
      osName: 'Windows',
      osVersion: '11',
      osVersionUnknown: false,
      browserName: 'Google Chrome',
      browserVersion: '131.0.6778.86',
    });
    expect((await detectPlatform(uaData('Windows', '10.0.0', chrome), noFirefox)).osVersion).toBe('10');
  });

  it('reports the macOS version and names Edge rather than its Chromium engine', async () => {
    const edge = [
      { brand: 'Microsoft Edge', version: '131.0.2903.70' },
      { brand: 'Chromium', version: '131.0.6778.86' },
      { brand: 'Not_A Brand', version: '24' },
    ];
    expect(await detectPlatform(uaData('macOS', '14.5.0', edge), noFirefox)).toMatchObject({
      osName: 'macOS',
      osVersion: '14.5.0',
      browserName: 'Microsoft Edge',
      browserVersion: '131.0.2903.70',
    });
  });

  it('names plain Chromium when no brand is listed', async () => {
    expect(await detectPlatform(uaData('Linux', '', chrome.slice(0, 2)), noFirefox)).toMatchObject({
      osName: 'Linux',
      osVersionUnknown: true,
      browserName: 'Chromium',
    });
  });

  it('on Firefox asks the runtime and marks the OS version for checking instead of guessing', async () => {
    const firefox = {
      getBrowserInfo: async () => ({ name: 'Firefox', version: '132.0' }),
      getPlatformInfo: async () => ({ os: 'win' }),
    };
    expect(await detectPlatform(undefined, firefox)).toEqual({
      osName: 'Windows',
      osVersion: '',
      osVersionUnknown: true,
      browserName: 'Firefox',
      browserVersion: '132.0',
    });
  });
});

describe('detectClock', () => {
  it('gives JST to the minute, and the user zone only when it is not Tokyo', () => {
    const now = new Date('2026-11-21T06:04:59Z');
    expect(detectClock(now, 'Asia/Tokyo')).toEqual({ nowJst: '2026-11-21T15:04' });
    expect(detectClock(now, 'Europe/Berlin')).toEqual({ nowJst: '2026-11-21T15:04', userTimeZone: 'Europe/Berlin' });
  });
});

describe('detectTab', () => {
  it('reads the target tab URL and title', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://127.0.0.1/error', title: 'ログインエラー' } as never);
    expect(await detectTab(tab.id)).toMatchObject({ pageUrl: 'https://127.0.0.1/error' });
    expect(await detectTab(99999)).toEqual({});
  });
});
