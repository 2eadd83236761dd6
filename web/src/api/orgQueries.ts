import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from './http';
import type {
  Account, AuditEntry, Delivery, HeldPosition, ImportJob, ImportKind, Member, MemberPage, Preference, RowError, Unit,
  UnitPage, UnitType,
} from './orgTypes';

export const orgKeys = {
  top: ['org', 'top'] as const,
  children: (parentId: string) => ['org', 'children', parentId] as const,
  unit: (id: string) => ['org', 'unit', id] as const,
  unitSearch: (q: string) => ['org', 'search', q] as const,
  unitAudit: (id: string) => ['org', 'unit', id, 'audit'] as const,
  types: (lang: string) => ['org', 'types', lang] as const,
  members: (unitId: string | undefined, name: string, page: number) => ['org', 'members', unitId, name, page] as const,
  member: (id: string) => ['org', 'member', id] as const,
  positions: (id: string) => ['org', 'member', id, 'positions'] as const,
  account: (id: string) => ['org', 'member', id, 'account'] as const,
  importJob: (id: string) => ['org', 'import', id] as const,
  importErrors: (id: string) => ['org', 'import', id, 'errors'] as const,
  accountSummary: ['org', 'accounts'] as const,
  deliveries: (filter: string) => ['notifications', 'deliveries', filter] as const,
  preferences: ['notifications', 'preferences'] as const,
};

export const useTopUnits = () =>
  useQuery({ queryKey: orgKeys.top, queryFn: () => api<Unit[]>('/api/org/units/top') });

export const fetchChildren = (parentId: string) =>
  api<UnitPage>(`/api/org/units?parentId=${parentId}&size=500`).then((page) => page.items);

export const useUnit = (id: string | undefined) =>
  useQuery({ queryKey: orgKeys.unit(id ?? ''), queryFn: () => api<Unit>(`/api/org/units/${id}`), enabled: !!id });

/** Units by part of their name or code, for picking one among thousands. */
export const useUnitSearch = (q: string) =>
  useQuery({
    queryKey: orgKeys.unitSearch(q),
    queryFn: () => api<UnitPage>(`/api/org/units?size=20&q=${encodeURIComponent(q)}`).then((page) => page.items),
    placeholderData: keepPreviousData,
  });

export const useUnitAudit = (id: string, enabled: boolean) =>
  useQuery({ queryKey: orgKeys.unitAudit(id), queryFn: () => api<AuditEntry[]>(`/api/org/units/${id}/audit`), enabled });

export const useUnitTypes = (lang: string) =>
  useQuery({
    queryKey: orgKeys.types(lang),
    queryFn: () => api<UnitType[]>('/api/org/unit-types'),
    staleTime: Infinity,
  });

export const useMembers = (unitId: string | undefined, name: string, page: number, enabled = true) =>
  useQuery({
    enabled,
    queryKey: orgKeys.members(unitId, name, page),
    queryFn: () => {
      const params = new URLSearchParams({ page: String(page), size: '20' });
      if (unitId) params.set('unitId', unitId);
      if (name.trim()) params.set('name', name.trim());
      return api<MemberPage>(`/api/org/members?${params}`);
    },
    placeholderData: keepPreviousData,
  });

export const useMember = (id: string) =>
  useQuery({ queryKey: orgKeys.member(id), queryFn: () => api<Member>(`/api/org/members/${id}`) });

export const usePositions = (id: string) =>
  useQuery({ queryKey: orgKeys.positions(id), queryFn: () => api<HeldPosition[]>(`/api/org/members/${id}/positions`) });

export const useAccount = (id: string, enabled: boolean) =>
  useQuery({ queryKey: orgKeys.account(id), queryFn: () => api<Account>(`/api/org/members/${id}/account`), enabled });

/** A change to the tree or to members; everything under "org" is read again after it. */
export function useOrgChange<B, R = unknown>(request: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => void client.invalidateQueries({ queryKey: ['org'] }),
  });
}

export const post = <R>(path: string, body: unknown, method = 'POST') => api<R>(path, { method, json: body });

export function submitImport(kind: ImportKind, file: File): Promise<ImportJob> {
  const form = new FormData();
  form.append('file', file);
  return api<ImportJob>(`/api/org/imports?kind=${kind}`, { method: 'POST', body: form });
}

const FINAL = new Set(['SUCCEEDED', 'REJECTED', 'FAILED']);

export const isFinished = (job: ImportJob | undefined) => !!job && FINAL.has(job.status);

/** An import as it runs: asked again every second until it has finished. */
export const useImportJob = (id: string | undefined) =>
  useQuery({
    queryKey: orgKeys.importJob(id ?? ''),
    queryFn: () => api<ImportJob>(`/api/org/imports/${id}`),
    enabled: !!id,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : 1000),
  });

export const useImportErrors = (id: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: orgKeys.importErrors(id ?? ''),
    queryFn: () => api<RowError[]>(`/api/org/imports/${id}/errors?size=1000`),
    enabled: !!id && enabled,
  });

export const useAccountSummary = (enabled: boolean) =>
  useQuery({
    queryKey: orgKeys.accountSummary,
    queryFn: () => api<Record<string, number>>('/api/org/accounts/summary'),
    enabled,
  });

export const useDeliveries = (filter: URLSearchParams) =>
  useQuery({
    queryKey: orgKeys.deliveries(filter.toString()),
    queryFn: () => api<Delivery[]>(`/api/notifications/deliveries?${filter}`),
    placeholderData: keepPreviousData,
  });

export const usePreferences = (enabled: boolean) =>
  useQuery({ queryKey: orgKeys.preferences, queryFn: () => api<Preference>('/api/notifications/preferences'), enabled });
