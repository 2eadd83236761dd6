/**
 * The shapes the services answer. Each is the schema of the service's OpenAPI document (web/openapi/*.json,
 * generated from the code and checked by each service's OpenApiDocumentTest), from the types that
 * `npm run gen:api` generates into ./generated (the build runs it before tsc): a change in the API that the app
 * does not follow fails to compile.
 */
import type { components as OrgComponents } from './generated/org-service';
import type { components as ReviewComponents } from './generated/review-service';
import type { components as NotificationComponents } from './generated/notification-service';

type OrgSchemas = OrgComponents['schemas'];
type ReviewSchemas = ReviewComponents['schemas'];
type NotificationSchemas = NotificationComponents['schemas'];

export type ReviewStatus = ReviewSchemas['AssignmentSummary']['status'];
export type AssignmentKind = ReviewSchemas['AssignmentSummary']['kind'];

/** Written by hand: GET /api/me is the gateway's own endpoint, which none of the services' documents describes. */
export interface Me {
  username: string;
  name: string;
  memberId: string | null;
  roles: string[];
}

export type AssignmentSummary = ReviewSchemas['AssignmentSummary'];
export type TemplateSection = ReviewSchemas['TemplateSection'];
export type TemplateVersion = ReviewSchemas['TemplateVersion'];
export type TemplateSummary = ReviewSchemas['TemplateSummary'];
export type Suggestion = ReviewSchemas['Suggestion'];
export type ReportContent = ReviewSchemas['ReportContent'];
export type Meeting = ReviewSchemas['Meeting'];

/** A report as its reader may see it: the assignment, its text, the template and the workflow's state. */
export type Report = ReviewSchemas['Report'];

export type Step = ReviewSchemas['Step'];
export type VersionSummary = ReviewSchemas['VersionSummary'];
export type Version = ReviewSchemas['Version'];
export type HistoryEntry = ReviewSchemas['HistoryEntry'];
export type Comment = ReviewSchemas['Comment'];
export type InboxItem = NotificationSchemas['InboxItem'];
export type Deadline = ReviewSchemas['Deadline'];
export type Campaign = ReviewSchemas['CampaignView'];
export type LaunchResult = ReviewSchemas['LaunchResult'];
export type OrgUnit = OrgSchemas['UnitView'];
export type UnitPage = OrgSchemas['UnitPage'];
export type DayOff = ReviewSchemas['DayOff'];
export type Criterion = ReviewSchemas['Criterion'];
export type RatingCard = ReviewSchemas['Card'];
export type ReportRating = ReviewSchemas['ReportRating'];
export type RatingRequest = ReviewSchemas['RatingRequest'];
export type RatingQuota = ReviewSchemas['Quota'];
export type UnitRatings = ReviewSchemas['UnitRatings'];
export type UnitRatingItem = ReviewSchemas['Item'];
export type RatingLevel = ReviewSchemas['RatingRequest']['level'];
export type ReviewAction = ReviewSchemas['ReportRating']['actions'][number];
export type RemediationItem = ReviewSchemas['RemediationItem'];
export type RemediationNote = ReviewSchemas['RemediationNote'];
export type RemediationDetail = ReviewSchemas['RemediationDetail'];
export type ReportRemediation = ReviewSchemas['ReportRemediation'];
export type RemediationProgress = ReviewSchemas['RemediationProgress'];
export type UnitRemediation = ReviewSchemas['UnitRemediation'];
export type RemediationAction = ReviewSchemas['FollowUpRequest']['action'];
export type RemediationStatus = ReviewSchemas['RemediationItem']['status'];
export type Rollup = ReviewSchemas['Rollup'];
export type RollupNode = ReviewSchemas['RollupNode'];
export type RollupQuota = ReviewSchemas['RollupQuota'];
export type OverdueReport = ReviewSchemas['OverdueReport'];
