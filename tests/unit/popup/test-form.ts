import { z } from '@/schemas/zod';
import { mailList } from '@/schemas/mail-address';
import { defineForm } from '@/schemas/form-definition';
import { text, tr } from '@/schemas/i18n';
import { formatJstMinute } from '@/schemas/jst';

/** A small form that uses every field kind, standing in for the vendor forms. */
const schema = z.object({
  subject: z
    .string()
    .trim()
    .min(1, { error: tr('件名を入力してください', 'Enter a subject') }),
  occurredAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: tr('発生日時を入力してください', 'Enter when it happened') }),
  product: z.enum(['m365', 'other'], { error: tr('製品を選んでください', 'Choose a product') }),
  m365Detail: z.string().default(''),
  cc: mailList,
  urgent: z.boolean(),
  symptoms: z.array(z.string()),
  priority: z.string(),
  pageUrl: z.string(),
  attachments: z.array(z.string()),
  details: z.object({ body: z.string(), since: z.string() }),
  reply: z.string(),
});

export const testForm = defineForm({
  id: 'test-form',
  vendor: 'pentio',
  title: text('テスト用フォーム', 'Test form'),
  schema,
  fields: [
    {
      path: 'subject',
      kind: 'text',
      label: text('件名', 'Subject'),
      required: true,
      help: text('短く', 'Keep it short'),
    },
    { path: 'occurredAt', kind: 'datetimeJst', label: text('発生日時', 'When it happened'), required: true },
    {
      path: 'product',
      kind: 'radio',
      label: text('製品', 'Product'),
      options: [
        { value: 'm365', label: text('Microsoft 365', 'Microsoft 365') },
        { value: 'other', label: text('その他', 'Other') },
      ],
    },
    {
      path: 'm365Detail',
      kind: 'multiline',
      label: text('M365の詳細', 'M365 details'),
      section: text('(7)Microsoft 365', '(7) Microsoft 365'),
      visibleWhen: (v) => v.product === 'm365',
    },
    { path: 'cc', kind: 'mailList', label: text('CC', 'CC') },
    { path: 'urgent', kind: 'checkbox', label: text('至急', 'Urgent') },
    {
      path: 'symptoms',
      kind: 'checkboxGroup',
      label: text('症状', 'Symptoms'),
      options: [
        { value: 'login', label: text('ログインできない', 'Cannot sign in') },
        { value: 'slow', label: text('遅い', 'Slow') },
      ],
    },
    {
      path: 'priority',
      kind: 'select',
      label: text('優先度', 'Priority'),
      options: [
        { value: 'high', label: text('高', 'High') },
        { value: 'low', label: text('低', 'Low') },
      ],
    },
    { path: 'pageUrl', kind: 'text', label: text('URL', 'URL') },
    { path: 'attachments', kind: 'captures', label: text('添付', 'Attachments') },
    { path: 'details.body', kind: 'multiline', label: text('詳細', 'Details') },
    { path: 'details.since', kind: 'date', label: text('いつから', 'Since') },
    { path: 'reply', kind: 'email', label: text('返信先', 'Reply to') },
  ],
  defaults: ({ profile, environment, captureIds, now }) => ({
    subject: '',
    occurredAt: environment?.nowJst ?? '',
    product: undefined as unknown as 'm365',
    m365Detail: '',
    cc: profile?.vendor === 'pentio' && profile.personalEmail ? [profile.personalEmail] : [],
    urgent: false,
    symptoms: [],
    priority: '',
    pageUrl: environment?.pageUrl ?? '',
    attachments: captureIds ?? [],
    details: { body: '', since: now.toISOString().slice(0, 10) },
    reply: '',
  }),
  rules: (values) => [
    ...(values.urgent && values.priority !== 'high'
      ? [
          {
            level: 'warning' as const,
            path: 'priority',
            message: text('至急なら優先度を高に', 'Urgent means high priority'),
            fix: {
              label: text('高にする', 'Set high'),
              apply: (v: Record<string, unknown>) => ({ ...v, priority: 'high' }),
            },
          },
        ]
      : []),
    {
      level: 'hint' as const,
      path: 'details.body',
      message: text('エラーメッセージを貼り付けてください', 'Paste the error message'),
    },
  ],
  render: (v) => ({
    subject: v.subject,
    body: `■発生日時\n${formatJstMinute(v.occurredAt)}\n■製品\n${v.product === 'm365' ? '■' : '□'}Microsoft 365\n■詳細\n${v.details.body}\n<b>${v.pageUrl}</b>`,
    attachments: v.attachments,
  }),
  delivery: [
    {
      kind: 'zendesk',
      toRequest: (_v, r) => ({ subject: r.subject, description: r.body, cc: [], dropdowns: [], attachments: [] }),
    },
  ],
  example: {} as never,
});
