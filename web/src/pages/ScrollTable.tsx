import { useEffect, useRef } from 'react';
import { Table } from 'antd';
import type { TableProps } from 'antd';

/**
 * A table that may scroll sideways on a phone: its scrolling region can be reached and scrolled with the keyboard
 * and is named for screen readers (WCAG 2.1.1), which antd's table does not do by itself.
 */
export function ScrollTable<T extends object>({ label, ...props }: TableProps<T> & { label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelectorAll('.ant-table-content, .ant-table-body').forEach((region) => {
      region.setAttribute('tabindex', '0');
      region.setAttribute('role', 'region');
      region.setAttribute('aria-label', label);
    });
  });
  return <div ref={box}><Table<T> scroll={{ x: 'max-content' }} {...props} /></div>;
}
