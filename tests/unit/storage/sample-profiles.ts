/** Profiles the storage and import tests start from. */
export const iijProfile = {
  id: 'p-iij',
  vendor: 'iij' as const,
  name: '本社 IIJ',
  masterId: 'IIJ1234567',
  requesterName: '山田 太郎',
  serviceCodes: ['iid00001'],
  requesterEmail: 'yamada@example.jp',
  isDefault: true,
};

export const fujitsuProfile = {
  id: 'p-fj',
  vendor: 'fujitsu' as const,
  name: '富士通 保守',
  serviceAdminId: '53175710',
  registeredEmail: 'yamada@example.jp',
  ccEmails: ['team@example.jp'],
  supportDeskEmail: 'supportdesk@example.com',
};
