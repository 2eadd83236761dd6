import { describe, expect, it, vi } from 'vitest';
import type { FormInstance } from 'antd';

import { ApiError } from '../api/http';
import { applyFieldErrors } from './formErrors';

function fakeForm(values: Record<string, unknown>) {
  const setFields = vi.fn();
  return { form: { getFieldsValue: () => values, setFields } as unknown as FormInstance, setFields };
}

describe('field errors of a refusal', () => {
  it('go on the fields the form has, by field name or JSON pointer', () => {
    const { form, setFields } = fakeForm({ fullName: '', citizenId: '' });
    const placed = applyFieldErrors(form, new ApiError({
      status: 400,
      errors: [{ field: 'citizenId', message: 'Số CCCD gồm 12 chữ số' }, { pointer: '#/fullName', detail: 'Không được để trống' },
        { field: 'homeUnitId', message: 'Không có trên form' }],
    }));
    expect(placed).toBe(true);
    expect(setFields).toHaveBeenCalledWith([
      { name: 'citizenId', errors: ['Số CCCD gồm 12 chữ số'] },
      { name: 'fullName', errors: ['Không được để trống'] },
    ]);
  });

  it('leave the form alone when the refusal names no field', () => {
    const { form, setFields } = fakeForm({ name: '' });
    expect(applyFieldErrors(form, new ApiError({ status: 409, detail: 'Trùng mã' }))).toBe(false);
    expect(applyFieldErrors(form, new Error('x'))).toBe(false);
    expect(setFields).not.toHaveBeenCalled();
  });
});
