import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from './http';
import type {
  AssignmentSummary, Campaign, Comment, DayOff, InboxItem, LaunchResult, Me, OverdueReport, RatingRequest,
  RemediationAction, RemediationDetail, RemediationItem, Report, ReportContent, ReportRating, ReportRemediation, Rollup,
  Step, TemplateSummary, UnitPage, UnitRatings, UnitRemediation, Version, VersionSummary,
} from './types';

export const keys = {
  me: ['me'] as const,
  assignments: ['assignments'] as const,
  templates: ['templates'] as const,
  report: (id: string) => ['report', id] as const,
  versions: (id: string) => ['report', id, 'versions'] as const,
  comments: (id: string) => ['report', id, 'comments'] as const,
  inbox: ['inbox'] as const,
  unread: ['inbox', 'unread'] as const,
  campaigns: ['campaigns'] as const,
  campaign: (id: string) => ['campaign', id] as const,
  unitAssignments: (campaignId: string, unitId: string) => ['campaign', campaignId, 'unit', unitId] as const,
  units: ['units'] as const,
  holidays: (year: number) => ['holidays', year] as const,
  rating: (id: string) => ['report', id, 'rating'] as const,
  unitRatings: (campaignId: string, unitId: string) => ['campaign', campaignId, 'unit', unitId, 'ratings'] as const,
  remediation: (reportId: string) => ['report', reportId, 'remediation'] as const,
  myRemediation: ['remediation', 'mine'] as const,
  unitRemediation: (unitId: string, overdue: boolean) => ['remediation', 'unit', unitId, overdue] as const,
  rollup: (campaignId: string, unitId: string) => ['campaign', campaignId, 'rollup', unitId] as const,
  overdue: (campaignId: string, unitId: string) => ['campaign', campaignId, 'rollup', unitId, 'overdue'] as const,
};

export const useMe = () => useQuery({ queryKey: keys.me, queryFn: () => api<Me>('/api/me'), staleTime: Infinity });

export const useAssignments = () =>
  useQuery({ queryKey: keys.assignments, queryFn: () => api<AssignmentSummary[]>('/api/reviews/assignments') });

export const useTemplates = () =>
  useQuery({
    queryKey: keys.templates,
    queryFn: () => api<TemplateSummary[]>('/api/reviews/templates'),
    staleTime: 60 * 60 * 1000,
  });

export const useReport = (id: string) =>
  useQuery({ queryKey: keys.report(id), queryFn: () => api<Report>(`/api/reviews/reports/${id}`) });

export const useVersions = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.versions(id),
    queryFn: () => api<VersionSummary[]>(`/api/reviews/reports/${id}/versions`),
    enabled,
  });

export const fetchVersion = (id: string, revision: number) =>
  api<Version>(`/api/reviews/reports/${id}/versions/${revision}`);

export const saveDraft = (id: string, revision: number, content: ReportContent, autosave: boolean) =>
  api<Step>(`/api/reviews/reports/${id}/draft?autosave=${autosave}`, {
    method: 'PUT',
    json: { revision, content },
  });

export const useComments = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.comments(id),
    queryFn: () => api<Comment[]>(`/api/reviews/reports/${id}/comments`),
    enabled,
  });

/** A workflow step on a report (submit, return, circulate, meeting, comments); the report is read again after it. */
export function useReportStep<B>(id: string, action: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: B | undefined) =>
      api<Step>(`/api/reviews/reports/${id}/${action}`, { method: 'POST', json: body ?? {} }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['report', id] });
      void client.invalidateQueries({ queryKey: keys.assignments });
      void client.invalidateQueries({ queryKey: ['campaign'] });
    },
  });
}

export const useInbox = () =>
  useQuery({ queryKey: keys.inbox, queryFn: () => api<InboxItem[]>('/api/notifications/inbox') });

export const useUnreadCount = () =>
  useQuery({
    queryKey: keys.unread,
    queryFn: () => api<{ unread: number }>('/api/notifications/inbox/unread-count'),
    refetchInterval: 60_000,
  });

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) => api<void>(`/api/notifications/inbox/${itemId}/read`, { method: 'POST' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.inbox }),
  });
}

export const useCampaigns = () =>
  useQuery({ queryKey: keys.campaigns, queryFn: () => api<Campaign[]>('/api/reviews/campaigns') });

export const useCampaign = (id: string) =>
  useQuery({ queryKey: keys.campaign(id), queryFn: () => api<Campaign>(`/api/reviews/campaigns/${id}`) });

export const useUnitAssignments = (campaignId: string, unitId: string) =>
  useQuery({
    queryKey: keys.unitAssignments(campaignId, unitId),
    queryFn: () => api<AssignmentSummary[]>(`/api/reviews/campaigns/${campaignId}/units/${unitId}/assignments`),
  });

export const useUnits = () =>
  useQuery({ queryKey: keys.units, queryFn: () => api<UnitPage>('/api/org/units?size=500') });

export const useHolidays = (year: number) =>
  useQuery({
    queryKey: keys.holidays(year),
    queryFn: () => api<DayOff[]>(`/api/reviews/calendar/holidays?year=${year}`),
    staleTime: 60 * 60 * 1000,
  });

export function useCreateCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => api<Campaign>('/api/reviews/campaigns', { method: 'POST', json: body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.campaigns }),
  });
}

export function useCampaignAction(id: string, action: 'launch' | 'close') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<LaunchResult | Campaign>(`/api/reviews/campaigns/${id}/${action}`, { method: 'POST', json: {} }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.campaigns });
      void client.invalidateQueries({ queryKey: keys.campaign(id) });
    },
  });
}

export const useRating = (id: string) =>
  useQuery({ queryKey: keys.rating(id), queryFn: () => api<ReportRating>(`/api/reviews/reports/${id}/rating`) });

/** A rating step on a report: the writer's own, the proposal or the decision; the report is read again after it. */
export function useRate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: { step: 'self' | 'proposal' | 'decision'; body: RatingRequest }) =>
      api<ReportRating>(`/api/reviews/reports/${id}/rating/${step}`, { method: 'PUT', json: body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['report', id] });
      void client.invalidateQueries({ queryKey: ['campaign'] });
      void client.invalidateQueries({ queryKey: keys.assignments });
    },
  });
}

export function useReopen(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api<ReportRating>(`/api/reviews/reports/${id}/rating/reopen`, { method: 'POST', json: { reason } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['report', id] });
      void client.invalidateQueries({ queryKey: ['campaign'] });
    },
  });
}

export const useUnitRatings = (campaignId: string, unitId: string) =>
  useQuery({
    queryKey: keys.unitRatings(campaignId, unitId),
    queryFn: () => api<UnitRatings>(`/api/reviews/campaigns/${campaignId}/units/${unitId}/ratings`),
  });

export function usePublishResults(campaignId: string, unitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ published: number }>(`/api/reviews/campaigns/${campaignId}/units/${unitId}/ratings/publish`,
      { method: 'POST' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['campaign', campaignId] }),
  });
}

export const useReportRemediation = (reportId: string) =>
  useQuery({
    queryKey: keys.remediation(reportId),
    queryFn: () => api<ReportRemediation>(`/api/reviews/reports/${reportId}/remediation`),
  });

/** Raises an item from a decided review; the review's items are read again after it. */
export function useRaiseRemediation(reportId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { what: string; due: string }) =>
      api<RemediationDetail>(`/api/reviews/reports/${reportId}/remediation`, { method: 'POST', json: body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.remediation(reportId) });
      void client.invalidateQueries({ queryKey: ['remediation'] });
    },
  });
}

/** A step or a note on an item, from wherever it is shown. */
export function useFollowUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; action: RemediationAction; evidence?: string; note?: string }) =>
      api<RemediationDetail>(`/api/reviews/remediation/${id}/follow-up`, { method: 'POST', json: body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['report'] });
      void client.invalidateQueries({ queryKey: ['remediation'] });
      void client.invalidateQueries({ queryKey: ['campaign'] });
    },
  });
}

export const useRemediationDetail = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['remediation', id],
    queryFn: () => api<RemediationDetail>(`/api/reviews/remediation/${id}`),
    enabled,
  });

export const useMyRemediation = () =>
  useQuery({ queryKey: keys.myRemediation, queryFn: () => api<RemediationItem[]>('/api/reviews/remediation/mine') });

export const useUnitRemediation = (unitId: string, overdue: boolean) =>
  useQuery({
    queryKey: keys.unitRemediation(unitId, overdue),
    queryFn: () => api<UnitRemediation>(`/api/reviews/units/${unitId}/remediation?overdue=${overdue}`),
  });

export const useRollup = (campaignId: string, unitId: string) =>
  useQuery({
    queryKey: keys.rollup(campaignId, unitId),
    queryFn: () => api<Rollup>(`/api/reviews/campaigns/${campaignId}/units/${unitId}/rollup`),
    refetchInterval: 30_000,
  });

export const useOverdue = (campaignId: string, unitId: string) =>
  useQuery({
    queryKey: keys.overdue(campaignId, unitId),
    queryFn: () => api<OverdueReport[]>(`/api/reviews/campaigns/${campaignId}/units/${unitId}/rollup/overdue`),
  });
