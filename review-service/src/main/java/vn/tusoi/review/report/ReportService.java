package vn.tusoi.review.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.ReplicatedMember;
import vn.tusoi.platform.audit.ReadAudit;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.text.VietnameseDates;
import vn.tusoi.platform.web.ApiException;
import vn.tusoi.platform.web.ProblemMessages;
import vn.tusoi.review.assignment.Assignment;
import vn.tusoi.review.calendar.WorkingCalendar;
import vn.tusoi.review.lifecycle.Outcome;
import vn.tusoi.review.lifecycle.Role;
import vn.tusoi.review.report.ReportAccess.Access;
import vn.tusoi.review.suggestion.Suggestion;
import vn.tusoi.review.suggestion.SuggestionService;
import vn.tusoi.review.template.SectionKind;
import vn.tusoi.review.template.TemplateCatalog;
import vn.tusoi.review.template.TemplateSection;
import vn.tusoi.review.template.TemplateVersion;
import vn.tusoi.review.web.Refusals;

/**
 * The life of a report: drafts (autosaved, with a history of saved versions), circulation of a collective draft,
 * comments, submission (that version is kept unchanged), return with reasons, resubmission, and the meeting that
 * discusses it. Every change happens only while the campaign is open; every step is audited and published.
 */
@Service
public class ReportService {

    static final int MIN_CIRCULATION_WORKING_DAYS = 3;

    private final ReadAudit reads;
    private final ReportAccess access;
    private final ReportStore store;
    private final ReportAudit audit;
    private final DiscussionAgenda agenda;
    private final SuggestionService suggestions;
    private final TemplateCatalog templates;
    private final WorkingCalendar calendar;
    private final OrgMemberReplica members;
    private final ProblemMessages messages;
    private final CarriedRemediation carried;
    private final Clock clock;

    ReportService(ReportAccess access, ReportStore store, ReportAudit audit, DiscussionAgenda agenda,
            SuggestionService suggestions, TemplateCatalog templates, WorkingCalendar calendar,
            OrgMemberReplica members, ProblemMessages messages, CarriedRemediation carried, ReadAudit reads,
            Clock clock) {
        this.access = access;
        this.reads = reads;
        this.carried = carried;
        this.store = store;
        this.audit = audit;
        this.agenda = agenda;
        this.suggestions = suggestions;
        this.templates = templates;
        this.calendar = calendar;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional // writes: a read by anyone but the writer is recorded
    public ReportViews.Report view(UUID id, Caller caller) {
        Access report = access.toRead(id, caller);
        auditRead(report);
        Assignment assignment = report.assignment();
        ReportStore.Current current = store.current(id);
        String memberName = assignment.memberId().flatMap(members::find).map(ReplicatedMember::fullName)
                .orElse(null);
        boolean editable = report.review().isEditable();
        TemplateVersion template = template(report);
        return new ReportViews.Report(id, assignment.campaignId(), report.campaign().title(), assignment.kind().name(),
                report.place().id(), report.place().name(), assignment.memberId().orElse(null), memberName,
                assignment.templateCode(), assignment.due(), assignment.status().name(), assignment.version(),
                current.revision(), withCarriedRemediation(assignment, current, template), template,
                suggestionsFor(report, template),
                current.circulatedAt(), current.plannedMeetingOn(), store.meeting(id).orElse(null), editable);
    }

    /**
     * Saves the draft. An autosave replaces the text only; a save by hand also keeps that text in the history.
     * The first save makes the report a draft (audited and published once).
     */
    @Transactional
    public ReportViews.Step saveDraft(UUID id, DraftRequest request, boolean autosave, Caller caller) {
        Access report = access.toChange(id, caller);
        Outcome.Accepted step = report.review().saveDraft().orElseThrow(Refusals::problem);
        ReportStore.Current current = store.current(id);
        if (request.revision() != current.revision()) {
            throw ApiException.conflict("report.revision.conflict", request.revision(), current.revision());
        }
        checkContent(report, request.content());
        int revision = store.save(id, request.content(), current.revision());
        if (!autosave) {
            store.keepDraft(id, revision, request.content(), ReportAudit.actor(caller));
        }
        return step(audit.record(report.assignment(), step, caller), revision, List.of());
    }

    /** Sends the collective draft to the unit's members, who may read and comment on it before the meeting. */
    @Transactional
    public ReportViews.Step circulate(UUID id, CirculateRequest request, Caller caller) {
        Access report = access.toChange(id, caller);
        LocalDate today = LocalDate.now(clock);
        Outcome.Accepted step = report.review().circulate(request.plannedMeetingOn(), today)
                .orElseThrow(Refusals::problem);
        store.circulate(id, request.plannedMeetingOn());
        return step(audit.record(report.assignment(), step, caller), store.current(id).revision(),
                circulationWarnings(today, request.plannedMeetingOn()));
    }

    @Transactional
    public ReportViews.Comment comment(UUID id, CommentRequest request, Caller caller) {
        Access report = access.toChange(id, caller);
        report.review().comment().orElseThrow(Refusals::problem);
        UUID author = caller.memberId().orElseThrow();
        String name = members.find(author).map(ReplicatedMember::fullName).orElse(author.toString());
        return store.comment(id, author, name, request.body().strip());
    }

    @Transactional(readOnly = true)
    public List<ReportViews.Comment> comments(UUID id, Caller caller) {
        access.toRead(id, caller);
        return store.comments(id);
    }

    /** Submits the current text: it is kept as a version that never changes, and the writer can no longer edit. */
    @Transactional
    public ReportViews.Step submit(UUID id, Caller caller) {
        Access report = access.toChange(id, caller);
        ReportStore.Current current = store.current(id);
        long unanswered = suggestionsFor(report, template(report)).stream()
                .filter(s -> current.content().answersOrEmpty().getOrDefault(s.id(), "").isBlank())
                .count();
        Outcome.Accepted step = report.review().submit(unanswered).orElseThrow(Refusals::problem);
        int revision = store.save(id, current.content(), current.revision());
        store.keepVersion(id, revision, "SUBMITTED", current.content(), ReportAudit.actor(caller));
        return step(audit.record(report.assignment(), step, caller), revision, List.of());
    }

    /**
     * Returns a submitted report for revision, with reasons: a member's review by the unit's leadership or a
     * superior, a collective report by a superior.
     */
    @Transactional
    public ReportViews.Step returnForRevision(UUID id, ReturnRequest request, Caller caller) {
        Access report = access.toChange(id, caller);
        Outcome.Accepted step = report.review().returnForRevision(request.reasons())
                .orElseThrow(Refusals::problem);
        return step(audit.record(report.assignment(), step, caller), store.current(id).revision(), List.of());
    }

    /** Records the meeting that discussed a submitted report, in the order the regulation sets. */
    @Transactional
    public ReportViews.Step recordMeeting(UUID id, MeetingRequest request, Caller caller) {
        Access report = access.toChange(id, caller);
        Outcome.Accepted step = report.review().recordMeeting(request.heldOn(), LocalDate.now(clock),
                agenda.before(report.assignment(), report.place()), request.conclusion())
                .orElseThrow(Refusals::problem);
        List<String> warnings = new ArrayList<>();
        if (report.assignment().isCollective()) {
            ReportStore.Current current = store.current(id);
            if (current.circulatedAt() == null) {
                warnings.add(messages.text("report.warning.not-circulated", new Object[0]));
            } else {
                warnings.addAll(circulationWarnings(LocalDate.ofInstant(current.circulatedAt(), clock.getZone()),
                        request.heldOn()));
            }
        }
        store.meeting(id, request, ReportAudit.actor(caller));
        return step(audit.record(report.assignment(), step, caller), store.current(id).revision(), warnings);
    }

    @Transactional(readOnly = true)
    public List<ReportViews.VersionSummary> versions(UUID id, Caller caller) {
        access.toRead(id, caller);
        return store.versions(id);
    }

    @Transactional // writes: a read by anyone but the writer is recorded
    public ReportViews.Version version(UUID id, int revision, Caller caller) {
        auditRead(access.toRead(id, caller));
        return store.version(id, revision)
                .orElseThrow(() -> ApiException.notFound("report.version.not-found", revision));
    }

    /** A review's text read by anyone but its writer is recorded: who, which report, when. */
    private void auditRead(Access report) {
        if (!report.is(Role.AUTHOR)) {
            reads.read(report.caller(), "REVIEW_REPORT", report.assignment().id());
        }
    }

    @Transactional(readOnly = true)
    public List<ReportViews.HistoryEntry> history(UUID id, Caller caller) {
        access.toRead(id, caller);
        return audit.history(id);
    }

    /**
     * A review never saved opens with what earlier campaigns left its writer to remedy, in the section the
     * templates keep for it; the writer completes it and the first save keeps it.
     */
    private ReportContent withCarriedRemediation(Assignment assignment, ReportStore.Current current,
            TemplateVersion template) {
        boolean hasSection = template.sections().stream()
                .anyMatch(section -> CarriedRemediation.SECTION.equals(section.code()));
        if (current.revision() != 0 || !hasSection
                || !current.content().sections().getOrDefault(CarriedRemediation.SECTION, "").isBlank()) {
            return current.content();
        }
        return carried.sectionText(assignment).map(text -> {
            Map<String, String> sections = new HashMap<>(current.content().sections());
            sections.put(CarriedRemediation.SECTION, text);
            return new ReportContent(sections, current.content().answers());
        }).orElse(current.content());
    }

    private void checkContent(Access report, ReportContent content) {
        TemplateVersion template = template(report);
        Set<String> codes = template.sections().stream().map(TemplateSection::code)
                .collect(Collectors.toSet());
        for (String code : content.sections().keySet()) {
            if (!codes.contains(code)) {
                throw ApiException.badRequest("report.section.unknown", code, report.assignment().templateCode());
            }
        }
        Set<UUID> open = suggestionsFor(report, template).stream().map(Suggestion::id)
                .collect(Collectors.toSet());
        for (UUID answered : content.answersOrEmpty().keySet()) {
            if (!open.contains(answered)) {
                throw ApiException.badRequest("report.answer.unknown", answered);
            }
        }
    }

    private TemplateVersion template(Access report) {
        String code = report.assignment().templateCode();
        return templates.version(code, report.campaign().pinnedVersion(code));
    }

    /** The suggestions this report must answer; none when its template has no section for answers. */
    private List<Suggestion> suggestionsFor(Access report, TemplateVersion template) {
        boolean answers = template.sections().stream()
                .anyMatch(section -> section.kind() == SectionKind.SUGGESTION_ANSWERS);
        if (!answers) {
            return List.of();
        }
        Assignment assignment = report.assignment();
        return assignment.isCollective() ? suggestions.toUnit(assignment.campaignId(), assignment.placeUnitId())
                : suggestions.toMember(assignment.campaignId(), assignment.memberId().orElseThrow());
    }

    private List<String> circulationWarnings(LocalDate circulatedOn, LocalDate meetingOn) {
        int days = calendar.workingDaysBetween(circulatedOn, meetingOn);
        if (days >= MIN_CIRCULATION_WORKING_DAYS) {
            return List.of();
        }
        return List.of(messages.text("report.warning.circulation-short",
                new Object[] {VietnameseDates.DAY.format(circulatedOn), VietnameseDates.DAY.format(meetingOn), days, MIN_CIRCULATION_WORKING_DAYS}));
    }

    private static ReportViews.Step step(Assignment assignment, int revision, List<String> warnings) {
        return new ReportViews.Step(assignment.id(), assignment.status().name(), assignment.version(), revision,
                warnings);
    }
}
