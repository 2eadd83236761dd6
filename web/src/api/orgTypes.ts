/**
 * The organization's and administration's shapes (org-service, notification-service), as their OpenAPI documents
 * describe them (see types.ts): a change in those APIs that the screens do not follow fails to compile.
 */
import type { components as OrgComponents } from './generated/org-service';
import type { components as NotificationComponents } from './generated/notification-service';

type OrgSchemas = OrgComponents['schemas'];
type NotificationSchemas = NotificationComponents['schemas'];

export type Unit = OrgSchemas['UnitView'];
export type UnitStatus = Unit['status'];
export type UnitPage = OrgSchemas['UnitPage'];
export type UnitType = OrgSchemas['UnitType'];
export type AuditEntry = OrgSchemas['AuditEntry'];
export type Member = OrgSchemas['MemberView'];
export type MemberStatus = Member['status'];
export type MemberPersonal = OrgSchemas['Personal'];
export type Gender = NonNullable<MemberPersonal['gender']>;
export type MemberPage = OrgSchemas['MemberPage'];
export type HeldPosition = OrgSchemas['HeldIn'];
export type PositionTitle = HeldPosition['title'];
export type Account = OrgSchemas['AccountView'];
export type ImportJob = OrgSchemas['ImportJobView'];
export type ImportKind = ImportJob['kind'];
export type ImportStatus = ImportJob['status'];
export type RowError = OrgSchemas['RowErrorView'];
export type Delivery = NotificationSchemas['LoggedDelivery'];
export type Preference = NotificationSchemas['Preference'];
