import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Disclosure } from '@/components/Disclosure';

describe('Disclosure', () => {
  it('mounts its content only once opened, and keeps it mounted after closing', () => {
    let mounts = 0;
    function Gallery() {
      mounts++;
      return <p>キャプチャ一覧</p>;
    }
    const { container } = render(
      <Disclosure summary="スクリーンショット">
        <Gallery />
      </Disclosure>,
    );
    const details = container.querySelector('details')!;
    expect(screen.queryByText('キャプチャ一覧')).toBeNull();
    expect(mounts).toBe(0);

    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(screen.getByText('キャプチャ一覧')).toBeTruthy();

    details.open = false;
    fireEvent(details, new Event('toggle'));
    expect(screen.getByText('キャプチャ一覧')).toBeTruthy();
    expect(mounts).toBe(1);
  });
});
