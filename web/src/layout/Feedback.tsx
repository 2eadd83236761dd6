import type { ReactNode } from 'react';
import { App } from 'antd';

/**
 * antd's messages and confirmations (App.useApp) for the screens that use them; loaded with those screens only, so
 * the first screen does not carry them.
 */
export default function Feedback({ children }: { children: ReactNode }) {
  return <App component={false}>{children}</App>;
}
