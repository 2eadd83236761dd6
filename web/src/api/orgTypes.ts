/** The organization's and administration's shapes (org-service, notification-service, review-service). */
export type UnitStatus = 'ACTIVE' | 'CLOSED';

export interface Unit {
  id: string;
  code: string;
  name: string;
  typeCode: string;
  parentId: string | null;
  depth: number;
  path: string;
  status: UnitStatus | string;
}

export interface UnitPage {
  items: Unit[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

export interface AuditEntry {
  id: string;
  occurredAt: string;
  actor: string | null;
  actorMemberId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export type MemberStatus = 'ACTIVE' | 'TRANSFERRED' | 'LEFT' | 'DECEASED';
export type Gender = 'MALE' | 'FEMALE';

export interface MemberPersonal {
  dateOfBirth: string | null;
  gender: Gender | null;
  partyCardNumber: string | null;
  citizenId: string | null;
  joinedOn: string | null;
  officialOn: string | null;
  email: string | null;
  mobile: string | null;
}

export interface Member {
  id: string;
  fullName: string;
  homeUnitId: string;
  status: MemberStatus | string;
  holdsLeadershipPost: boolean;
  outsidePoliticalSystem: boolean;
  personal: MemberPersonal | null;
}

export interface MemberPage {
  items: Member[];
  page: number;
  size: number;
  totalElements: number;
}

export type PositionTitle = 'BI_THU' | 'PHO_BI_THU' | 'THUONG_VU' | 'CAP_UY_VIEN' | 'ORG_BODY' | 'ORG_ADMIN';

export interface HeldPosition {
  id: string;
  unitId: string;
  unitName: string;
  title: PositionTitle;
  validFrom: string;
  validTo: string | null;
}

export interface Account {
  state: 'NONE' | 'ACTIVE' | 'DISABLED' | 'FAILED';
  username: string | null;
  syncedVersion: number | null;
  lastError: string | null;
}

export type ImportKind = 'UNITS' | 'MEMBERS';
export type ImportStatus = 'QUEUED' | 'VALIDATING' | 'APPLYING' | 'SUCCEEDED' | 'REJECTED' | 'FAILED';

export interface ImportJob {
  id: string;
  kind: ImportKind;
  fileName: string;
  status: ImportStatus;
  percent: number;
  totalRows: number | null;
  rowsDone: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  failure: string | null;
  submittedAt: string;
  finishedAt: string | null;
}

export interface RowError {
  row: number;
  column: string | null;
  message: string;
}

export interface Delivery {
  id: string;
  recipientId: string;
  recipientName: string | null;
  channel: 'EMAIL' | 'SMS' | string;
  kind: string;
  campaignId: string | null;
  assignmentId: string | null;
  status: string;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  reportStatus: string | null;
  lastError: string | null;
  reason: string | null;
}

export interface Preference {
  emailEnabled: boolean;
  smsEnabled: boolean;
  language: 'vi' | 'en';
}
