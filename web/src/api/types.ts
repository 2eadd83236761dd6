/** The shapes the services answer (see /api-docs/{org,reviews,notifications}). */
export type ReviewStatus = 'NOT_STARTED' | 'DRAFT' | 'CIRCULATED' | 'SUBMITTED' | 'RETURNED' | 'DISCUSSED';
export type AssignmentKind = 'COLLECTIVE' | 'INDIVIDUAL' | 'COMMITMENT';

export interface Me {
  username: string;
  name: string;
  memberId: string | null;
  roles: string[];
}

export interface AssignmentSummary {
  id: string;
  campaignId: string;
  kind: AssignmentKind;
  placeUnitId: string;
  placeUnitName: string;
  memberId: string | null;
  memberName: string | null;
  templateCode: string;
  due: string;
  status: ReviewStatus;
}

export interface TemplateSection {
  code: string;
  kind: string;
  heading: string;
  guidance: string;
}

export interface TemplateVersion {
  id: string;
  templateCode: string;
  name: string;
  version: number;
  legalBasis: string;
  sections: TemplateSection[];
}

export interface TemplateSummary {
  code: string;
  name: string;
}

export interface Suggestion {
  id: string;
  campaignId: string;
  targetUnitId: string | null;
  targetMemberId: string | null;
  body: string;
  issuedBy: string;
  issuedAt: string;
}

export interface ReportContent {
  sections: Record<string, string>;
  answers?: Record<string, string>;
}

export interface Meeting {
  heldOn: string;
  present: number;
  absent: number;
  minutes: string;
  conclusion: string;
  recordedBy: string;
  recordedAt: string;
}

/** A report as its reader may see it: the assignment, its text, the template and the workflow's state. */
export interface Report extends AssignmentSummary {
  campaignTitle: string;
  version: number;
  revision: number;
  content: ReportContent;
  template: TemplateVersion;
  suggestions: Suggestion[];
  circulatedAt: string | null;
  plannedMeetingOn: string | null;
  meeting: Meeting | null;
  editable: boolean;
}

export interface Step {
  id: string;
  status: ReviewStatus;
  version: number;
  revision: number;
  warnings: string[];
}

export interface VersionSummary {
  revision: number;
  kind: string;
  savedBy: string;
  savedAt: string;
}

export interface Version extends VersionSummary {
  content: ReportContent;
}

export interface HistoryEntry {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  actor: string;
  at: string;
  detail: string | null;
}

export interface Comment {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface InboxItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface Deadline {
  level: number;
  due: string;
}

export interface Campaign {
  id: string;
  issuingUnitId: string;
  kind: 'YEARLY' | 'THEMATIC';
  title: string;
  periodStart: string;
  periodEnd: string;
  unitTypes: string[];
  excellenceQuotaPercent: number;
  status: 'DRAFT' | 'LAUNCHED' | 'CLOSED';
  deadlines: Deadline[];
  createdAt: string;
  launchedAt: string | null;
  version: number;
}

export interface LaunchResult {
  round: number;
  created: number;
  total: number;
  campaign: Campaign;
}

export interface OrgUnit {
  id: string;
  code: string;
  name: string;
  typeCode: string;
  parentId: string | null;
  depth: number;
  path: string;
  status: string;
}

export interface UnitPage {
  items: OrgUnit[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

export interface DayOff {
  day: string;
  kind: string;
  name: string;
}
