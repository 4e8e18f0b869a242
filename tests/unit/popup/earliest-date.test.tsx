import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SchemaForm } from '@/components/form/SchemaForm';
import { getVisibleFields } from '@/components/form/get-visible-fields';
import { iijWorkRequest } from '@/schemas/forms/iij-work-request';
import { setLocale } from '@/schemas/i18n';
import { valueAt, withValueAt, type Values } from '@/schemas/paths';

// Friday 20 November 2026, 15:00 JST; Monday the 23rd is 勤労感謝の日.
const friday = new Date('2026-11-20T06:00:00Z');

function WorkRequest({ now }: { now: Date }) {
  const [values, setValues] = useState<Values>({ tasks: { t1: { requested: true } } });
  return (
    <>
      <SchemaForm
        fields={getVisibleFields(iijWorkRequest.fields, values)}
        values={values}
        messages={new Map()}
        onChange={(path, value) => setValues((v) => withValueAt(v, path, value))}
        onApplyFix={() => {}}
        now={now}
      />
      <output data-testid="date">{String(valueAt(values, 'tasks.t1.date') ?? '')}</output>
    </>
  );
}

describe('the IIJ work date picker', () => {
  it('starts at the first business day after sending and says why; one click picks that day', async () => {
    render(<WorkRequest now={friday} />);
    const picker = screen.getByLabelText(/作業希望日/);
    expect(picker.getAttribute('min')).toBe('2026-11-24');
    const note = document.getElementById(picker.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(note.textContent).toContain(
      '2026年11月24日(火)から選べます。IIJ は送信日の1営業日後以降の日付だけを受け付けます(土日祝日は営業日ではありません)',
    );
    await userEvent.click(screen.getByRole('button', { name: '最短の日にする' }));
    expect(screen.getByTestId('date').textContent).toBe('2026-11-24');
    expect(screen.queryByRole('button', { name: '最短の日にする' })).toBeNull();
  });

  it('a Monday morning: the earliest day is Tuesday; in English the date reads the English way', () => {
    setLocale('en');
    render(<WorkRequest now={new Date('2026-11-30T00:00:00Z')} />);
    const picker = screen.getByLabelText(/Preferred date/);
    expect(picker.getAttribute('min')).toBe('2026-12-01');
    expect(screen.getByText(/^Earliest: 2026-12-01 \(Tue\)\. IIJ only accepts/)).toBeTruthy();
  });
});
