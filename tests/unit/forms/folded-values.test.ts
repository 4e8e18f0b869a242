import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/schemas/check-draft';
import { fujitsuEmptyMail } from '@/schemas/forms/fujitsu-empty-mail';
import { iijLoginInquiry } from '@/schemas/forms/iij-login-inquiry';
import { loadProfileSchema } from '@/schemas/profile';
import { iijProfile } from '../storage/sample-profiles';

const now = new Date('2026-11-20T03:00:00Z');
const hintsAt = (check: ReturnType<typeof checkDraft>, path: string) =>
  check.issues.filter((i) => i.level === 'hint' && i.path === path).map((i) => i.message);

describe('full-width input: folded, and the folded value shown', () => {
  it('an IIJ user ID typed full-width is accepted and shown as it will be sent', () => {
    const check = checkDraft(
      iijLoginInquiry,
      { ...iijLoginInquiry.example, userIds: ['ｉｉｊ－ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ'] },
      now,
    );
    expect(check.blocking).toBe(false);
    expect(hintsAt(check, 'userIds')).toEqual(['全角の英数字・記号は半角にして送ります: iij-taro@example.jp']);
  });

  it('the Fujitsu service-admin ID and reception number likewise; ASCII input gets no such hint', () => {
    const check = checkDraft(
      fujitsuEmptyMail,
      { ...fujitsuEmptyMail.example, serviceAdminId: '５３１７５７１０' },
      now,
    );
    expect(hintsAt(check, 'serviceAdminId')).toEqual(['全角の英数字・記号は半角にして送ります: 53175710']);
    expect(hintsAt(check, 'receptionNumber')).toEqual(['全角の英数字・記号は半角にして送ります: 20261121-042']);
    const ascii = checkDraft(fujitsuEmptyMail, { ...fujitsuEmptyMail.example, receptionNumber: '20261121-042' }, now);
    expect(ascii.issues.filter((i) => i.message.startsWith('全角'))).toEqual([]);
  });

  it('an IIJ master ID typed full-width goes out half-width, in the form and in the profile', async () => {
    const check = checkDraft(iijLoginInquiry, { ...iijLoginInquiry.example, masterId: 'ＩＩＪ０００１２３４' }, now);
    expect(check.blocking).toBe(false);
    expect(check.rendered?.body).toContain('マスターID:IIJ0001234(');
    expect(hintsAt(check, 'masterId')).toEqual(['全角の英数字・記号は半角にして送ります: IIJ0001234']);
    const profile = (await loadProfileSchema()).parse({ ...iijProfile, masterId: 'ＩＩＪ０００１２３４' });
    expect(profile.vendor === 'iij' && profile.masterId).toBe('IIJ0001234');
  });
});
