import { text, type Text } from './i18n';

/** The vendors a profile or a form belongs to. Adding a vendor adds an entry here and its forms. */
export const vendorIds = ['iij', 'pentio', 'fujitsu'] as const;
export type VendorId = (typeof vendorIds)[number];

export interface Vendor {
  id: VendorId;
  name: Text;
  /** Pages where the popup suggests this vendor's forms. */
  hosts: string[];
}

export const vendors: Record<VendorId, Vendor> = {
  iij: { id: 'iij', name: text('IIJ IDサービス', 'IIJ ID Service'), hosts: ['help.iij.ad.jp'] },
  pentio: { id: 'pentio', name: text('ペンティオ (OneLogin)', 'Pentio (OneLogin)'), hosts: ['support.onelogin.jp'] },
  fujitsu: { id: 'fujitsu', name: text('富士通 SupportDesk', 'Fujitsu SupportDesk'), hosts: ['eservice.fujitsu.com'] },
};
