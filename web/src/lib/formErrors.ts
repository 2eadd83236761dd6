import type { FormInstance } from 'antd';

import { ApiError } from '../api/http';

/**
 * Puts the field errors of a refusal on the form's fields, by the names the API uses; returns whether any was
 * placed, so the caller shows the rest of the problem above the buttons.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, rename: Record<string, string> = {}): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const fields = error.problem.errors
    .map((e) => ({ name: rename[fieldName(e.field, e.pointer)] ?? fieldName(e.field, e.pointer), message: e.message ?? e.detail ?? '' }))
    .filter((e) => e.name && known.has(e.name));
  form.setFields(fields.map((e) => ({ name: e.name, errors: [e.message] })));
  return fields.length > 0;
}

function fieldName(field?: string, pointer?: string): string {
  if (field) return field;
  if (pointer) return pointer.replace(/^#?\//, '').split('/')[0];
  return '';
}
