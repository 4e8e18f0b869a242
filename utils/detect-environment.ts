import { browser } from 'wxt/browser';
import type { Environment } from '@/schemas/environment';
import { toJstMinute } from '@/schemas/jst';

/** UA Client Hints, where the browser has them (Chromium); not in TypeScript's DOM library yet. */
interface UserAgentData {
  platform: string;
  getHighEntropyValues(
    hints: string[],
  ): Promise<{ platform?: string; platformVersion?: string; fullVersionList?: { brand: string; version: string }[] }>;
}

/** Firefox-only runtime calls (absent from Chrome's types). */
interface FirefoxRuntime {
  getBrowserInfo?: () => Promise<{ name: string; version: string }>;
  getPlatformInfo?: () => Promise<{ os: string }>;
}

const PLATFORM_NAMES: Record<string, string> = {
  win: 'Windows',
  mac: 'macOS',
  linux: 'Linux',
  cros: 'ChromeOS',
  android: 'Android',
  openbsd: 'OpenBSD',
};

/** What needs no waiting: JST now, to the minute, and the user's own zone when it is not Tokyo. */
export function detectClock(
  now: Date,
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
): Partial<Environment> {
  return { nowJst: toJstMinute(now), ...(timeZone && timeZone !== 'Asia/Tokyo' ? { userTimeZone: timeZone } : {}) };
}

/**
 * OS and browser from UA Client Hints; the UA string is frozen ("Windows NT 10.0" on Windows 11,
 * a fixed macOS version). Windows 11 reports platformVersion 13 or higher.
 */
export async function detectPlatform(
  userAgentData = (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData,
  runtime = browser.runtime as unknown as FirefoxRuntime,
): Promise<Partial<Environment>> {
  if (userAgentData) {
    const hints = await userAgentData.getHighEntropyValues(['platformVersion', 'fullVersionList']);
    const osName = hints.platform || userAgentData.platform;
    const brands = (hints.fullVersionList ?? []).filter((b) => !/not.?a.?brand/i.test(b.brand));
    // A branded browser (Google Chrome, Microsoft Edge) also lists its engine, Chromium: name the brand.
    const browserBrand = brands.find((b) => b.brand !== 'Chromium') ?? brands[0];
    return {
      osName,
      osVersion: osVersionOf(osName, hints.platformVersion ?? ''),
      osVersionUnknown: !hints.platformVersion,
      browserName: browserBrand?.brand ?? '',
      browserVersion: browserBrand?.version ?? '',
    };
  }
  if (runtime.getBrowserInfo) {
    const [info, platform] = await Promise.all([runtime.getBrowserInfo(), runtime.getPlatformInfo?.()]);
    // Firefox reports no OS version at all: the user must check it rather than trust a guess.
    return {
      osName: PLATFORM_NAMES[platform?.os ?? ''] ?? platform?.os ?? '',
      osVersion: '',
      osVersionUnknown: true,
      browserName: info.name,
      browserVersion: info.version,
    };
  }
  return { osVersionUnknown: true };
}

function osVersionOf(osName: string, platformVersion: string): string {
  if (osName !== 'Windows' || !platformVersion) return platformVersion;
  return Number(platformVersion.split('.')[0]) >= 13 ? '11' : '10';
}

/** The URL and title of the tab the popup was opened over. */
export async function detectTab(tabId: number | undefined): Promise<Partial<Environment>> {
  if (tabId === undefined) return {};
  try {
    const tab = await browser.tabs.get(tabId);
    return { pageUrl: tab.url ?? '', pageTitle: tab.title ?? '' };
  } catch {
    return {}; // the tab closed meanwhile
  }
}
