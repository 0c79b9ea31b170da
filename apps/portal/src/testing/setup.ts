import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// antd's responsive grid asks matchMedia; happy-dom answers "desktop" unless a test says otherwise.
if (!window.matchMedia || !('addListener' in (window.matchMedia('(min-width: 0px)') ?? {}))) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
