import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { columnTexts, hash, renderApp } from './__fixtures__/render-app';

describe('bad URLs', { timeout: 20_000 }, () => {
  it('drop what they cannot use, say so on the page, and still show the view', async () => {
    const { user } = renderApp('#/papers?sort=-bogus&foo=1&org=nvidia,acme&year=20x5&min=abc');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('sort="-bogus"');
    expect(alert).toHaveTextContent('unknown parameter "foo"');
    expect(alert).toHaveTextContent('organization "acme"');
    expect(alert).toHaveTextContent('year="20x5"');
    expect(alert).toHaveTextContent('min="abc"');
    // The address is rewritten to what is actually shown.
    expect(hash()).toBe('#/papers?org=nvidia');
    expect(screen.getByRole('status')).toHaveTextContent('2 papers');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('an unknown page falls back to the papers', () => {
    renderApp('#/settings/advanced');
    expect(screen.getByRole('alert')).toHaveTextContent('no page "/settings/advanced"');
    expect(screen.getByRole('status')).toHaveTextContent('6 papers');
  });

  it('an out-of-range claim number is dropped', () => {
    renderApp('#/paper/tiny-video?claim=9');
    expect(screen.getByRole('alert')).toHaveTextContent('no claim 10');
    expect(hash()).toBe('#/paper/tiny-video');
  });

  it('hardware is matched without regard to case and respelled as the data has it', () => {
    renderApp('#/papers?hw=h100');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(hash()).toBe('#/papers?hw=H100');
  });

  it('follows the URL when it changes (back, forward, a pasted link)', async () => {
    renderApp('#/papers');
    act(() => {
      window.history.pushState(null, '', '#/claims?kind=cost');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 claim'));
    act(() => {
      window.location.hash = '#/paper/swiftkv';
    });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('SwiftKV'),
    );
  });
});

describe('hostile text', { timeout: 20_000 }, () => {
  const TITLE = '<img src=x onerror=alert(1)> <script>alert(2)</script> Hostile Title';

  it('is shown literally in the table, never parsed as HTML', () => {
    renderApp('#/papers?sort=title');
    expect(columnTexts(/^Title/)[0]).toBe(TITLE);
    expect(screen.getByRole('link', { name: TITLE })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
  });

  it('is shown literally in the paper view, claims marked around it', () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
    renderApp('#/paper/hostile');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(TITLE);
    const abstract = document.querySelector('.abstract')!;
    expect(abstract.textContent).toContain(
      'Payload <script>alert("pwned")</script> and <img src=x onerror=alert(1)> are text',
    );
    expect(abstract.querySelector('script, img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(abstract.querySelector('mark')?.firstChild?.textContent).toBe('3x faster');
    expect(alert).not.toHaveBeenCalled();
    alert.mockRestore();
  });

  it('is searched and highlighted as text', async () => {
    const { user } = renderApp();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'hostile');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 paper'));
    expect(columnTexts(/^Title/)).toEqual([TITLE]);
    expect(document.querySelector('img')).toBeNull();
  });
});
