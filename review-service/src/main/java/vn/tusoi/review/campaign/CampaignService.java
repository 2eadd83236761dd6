package vn.tusoi.review.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.events.CampaignChanged;
import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.orgreplica.ReplicatedUnit;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.text.VietnameseDates;
import vn.tusoi.platform.text.MessageParameters;
import vn.tusoi.platform.web.ApiException;
import vn.tusoi.review.access.PositionRights;
import vn.tusoi.review.calendar.WorkingCalendar;
import vn.tusoi.review.lifecycle.RatingLevel;
import vn.tusoi.review.template.TemplateCatalog;
import vn.tusoi.review.template.TemplateVersion;

/**
 * Setting up campaigns: who may issue one for a unit, deadlines that cascade down the levels on working days, and
 * the template versions pinned at creation (a template published later does not change a campaign).
 */
@Service
public class CampaignService {

    static final int DEFAULT_EXCELLENCE_QUOTA = 20;

    private final JdbcClient jdbc;
    private final OrgUnitReplica units;
    private final PositionRights rights;
    private final WorkingCalendar calendar;
    private final TemplateCatalog templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignService(JdbcClient jdbc, OrgUnitReplica units, PositionRights rights, WorkingCalendar calendar,
            TemplateCatalog templates, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.rights = rights;
        this.calendar = calendar;
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CampaignView create(NewCampaign request, Caller caller) {
        PositionRights.Held held = rights.held(caller);
        // only those related to the unit learn that it exists and who may issue for it
        ReplicatedUnit unit = units.find(request.issuingUnitId()).filter(u -> "ACTIVE".equals(u.status()))
                .filter(u -> held.mayIssueFor(u.id()) || held.leads(u.id()) || held.isSuperiorOf(u.id(), u.path()))
                .orElseThrow(() -> ApiException.notFound("campaign.unit.not-found", request.issuingUnitId()));
        if (!held.mayIssueFor(unit.id())) {
            throw ApiException.forbidden("campaign.issue.forbidden", unit.name());
        }
        if (request.periodEnd().isBefore(request.periodStart())) {
            throw ApiException.badRequest("campaign.period.invalid");
        }
        if (MessageParameters.carriesContact(request.title())) {
            throw ApiException.badRequest("campaign.title.contact");
        }
        List<NewCampaign.Deadline> deadlines = checkDeadlines(request.deadlines());
        UUID id = Ids.newId();
        List<String> unitTypes = request.unitTypes() == null ? List.of() : request.unitTypes();
        int quota = request.excellenceQuotaPercent() == null ? DEFAULT_EXCELLENCE_QUOTA
                : request.excellenceQuotaPercent();
        NewCampaign.Reminders reminders = request.reminders() == null ? NewCampaign.Reminders.DEFAULT
                : request.reminders().orDefaults();
        jdbc.sql("""
                insert into campaign (id, issuing_unit_id, issuing_unit_path, kind, title, period_start, period_end,
                                      unit_types, excellence_quota_percent, reminder_days_before, overdue_every_days,
                                      overdue_times, sms_with_diacritics, status, created_by, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, 0)
                """)
                .params(UuidBytes.of(id), UuidBytes.of(unit.id()), unit.path(), request.kind().name(),
                        request.title().trim(), request.periodStart(), request.periodEnd(),
                        unitTypes.isEmpty() ? null : String.join(",", unitTypes), quota,
                        reminders.daysBefore().stream().map(String::valueOf).collect(Collectors.joining(",")),
                        reminders.overdueEveryDays(), reminders.overdueTimes(), reminders.smsWithDiacritics(),
                        caller.subject(), UtcTimes.of(clock.instant()))
                .update();
        for (NewCampaign.Deadline deadline : deadlines) {
            jdbc.sql("insert into campaign_deadline (campaign_id, level, due) values (?, ?, ?)")
                    .params(UuidBytes.of(id), deadline.level(), deadline.due()).update();
        }
        for (TemplateVersion version : templates.latestVersions()) {
            jdbc.sql("insert into campaign_template (campaign_id, template_code, template_version_id) values (?, ?, ?)")
                    .params(UuidBytes.of(id), version.templateCode(), UuidBytes.of(version.id())).update();
        }
        CampaignView created = load(id).orElseThrow();
        publish(created);
        return created;
    }

    /**
     * Starts a launch (or a later one that brings in new members and units): the campaign row is locked until the
     * caller's transaction ends, so two launches of one campaign run one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LaunchTicket beginLaunch(UUID id, Caller caller) {
        CampaignView campaign = lockForChange(id, caller);
        if ("CLOSED".equals(campaign.status())) {
            throw ApiException.conflict("campaign.closed", campaign.title());
        }
        int round = jdbc.sql("select launch_rounds from campaign where id = ?").param(UuidBytes.of(id))
                .query(Integer.class).single() + 1;
        return new LaunchTicket(campaign, round);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CampaignView completeLaunch(LaunchTicket ticket) {
        jdbc.sql("""
                update campaign set status = 'LAUNCHED', launch_rounds = ?, launched_at = coalesce(launched_at, ?),
                       version = version + 1
                where id = ?
                """)
                .params(ticket.round(), UtcTimes.of(clock.instant()), UuidBytes.of(ticket.campaign().id())).update();
        CampaignView launched = load(ticket.campaign().id()).orElseThrow();
        publish(launched);
        return launched;
    }

    /** Ends the campaign's window: from now on no report of it can be changed. */
    @Transactional
    public CampaignView close(UUID id, Caller caller) {
        CampaignView campaign = lockForChange(id, caller);
        if (!campaign.isOpen()) {
            throw ApiException.conflict("campaign.close.not-open", campaign.title());
        }
        jdbc.sql("update campaign set status = 'CLOSED', version = version + 1 where id = ?")
                .param(UuidBytes.of(id)).update();
        CampaignView closed = load(id).orElseThrow();
        publish(closed);
        return closed;
    }

    /** A campaign as it is, for other features that check their own rights. */
    @Transactional(readOnly = true)
    public Optional<CampaignView> byId(UUID id) {
        return load(id);
    }

    /**
     * The campaign with one of its units (covered, or the issuer), empty when either is unknown or the unit is not
     * part of the campaign. A caller's rights come after: whoever has none gets the same answer as for a unit or a
     * campaign that does not exist, so a refusal says nothing about what exists.
     */
    public Optional<CampaignUnit> unitOf(UUID campaignId, UUID unitId) {
        return load(campaignId).flatMap(campaign -> units.find(unitId)
                .filter(unit -> campaign.covers(unit.path()) || unit.id().equals(campaign.issuingUnitId()))
                .map(unit -> new CampaignUnit(campaign, unit)));
    }

    private CampaignView lockForChange(UUID id, Caller caller) {
        jdbc.sql("select id from campaign where id = ? for update").param(UuidBytes.of(id)).query().listOfRows();
        return find(id, caller);
    }

    private void publish(CampaignView campaign) {
        NewCampaign.Reminders reminders = campaign.reminders();
        events.publishEvent(new CampaignChanged(Ids.newId(), campaign.id(), campaign.version(),
                campaign.issuingUnitId(), campaign.kind(), campaign.title(), campaign.status(),
                campaign.deadlines().stream().map(d -> new CampaignChanged.Deadline(d.level(), d.due())).toList(),
                clock.instant(), new CampaignChanged.Reminders(reminders.daysBefore(), reminders.overdueEveryDays(),
                        reminders.overdueTimes(), reminders.smsWithDiacritics()),
                campaign.excellenceQuotaPercent(),
                Arrays.stream(RatingLevel.values()).map(RatingLevel::name).toList()));
    }

    /** Campaigns of the units the caller may issue campaigns for (every campaign for a system administrator). */
    @Transactional(readOnly = true)
    public List<CampaignView> list(Caller caller) {
        List<UUID> ids;
        if (caller.isSystemAdmin()) {
            ids = jdbc.sql("select id from campaign order by created_at desc, id limit 200")
                    .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).list();
        } else {
            Set<UUID> issuing = rights.held(caller).issuingUnits();
            if (issuing.isEmpty()) {
                return List.of();
            }
            ids = jdbc.sql("select id from campaign where issuing_unit_id in (:units)"
                    + " order by created_at desc, id limit 200")
                    .param("units", issuing.stream().map(UuidBytes::of).toList())
                    .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).list();
        }
        return ids.stream().map(this::load).map(Optional::orElseThrow).toList();
    }

    /** A campaign is seen by those who may issue campaigns for its unit (and system administrators). */
    @Transactional(readOnly = true)
    public CampaignView find(UUID id, Caller caller) {
        return load(id).filter(found -> rights.held(caller).mayIssueFor(found.issuingUnitId()))
                .orElseThrow(() -> ApiException.notFound("campaign.not-found", id));
    }

    private Optional<CampaignView> load(UUID id) {
        Optional<CampaignView> found = jdbc.sql("""
                select id, issuing_unit_id, issuing_unit_path, kind, title, period_start, period_end, unit_types,
                       excellence_quota_percent, status, created_at, launched_at, version, reminder_days_before,
                       overdue_every_days, overdue_times, sms_with_diacritics
                from campaign where id = ?
                """)
                .param(UuidBytes.of(id))
                .query((rs, row) -> campaign(rs))
                .optional();
        if (found.isEmpty()) {
            return found;
        }
        CampaignView campaign = found.get();
        List<NewCampaign.Deadline> deadlines = jdbc.sql(
                        "select level, due from campaign_deadline where campaign_id = ? order by level")
                .param(UuidBytes.of(id))
                .query((rs, row) -> new NewCampaign.Deadline(rs.getInt(1), rs.getObject(2, LocalDate.class)))
                .list();
        List<CampaignView.PinnedTemplate> pinned = jdbc.sql("""
                select ct.template_code, v.version, v.id from campaign_template ct
                join review_template_version v on v.id = ct.template_version_id
                where ct.campaign_id = ? order by ct.template_code
                """)
                .param(UuidBytes.of(id))
                .query((rs, row) -> new CampaignView.PinnedTemplate(rs.getString(1), rs.getInt(2),
                        UuidBytes.uuid(rs.getBytes(3))))
                .list();
        return Optional.of(new CampaignView(campaign.id(), campaign.issuingUnitId(), campaign.issuingUnitPath(),
                campaign.kind(), campaign.title(), campaign.periodStart(), campaign.periodEnd(), campaign.unitTypes(),
                campaign.excellenceQuotaPercent(), campaign.status(), deadlines, pinned, campaign.reminders(),
                campaign.createdAt(), campaign.launchedAt(), campaign.version()));
    }

    /** Levels 1..n, each due on a working day after today, each no later than the level above it. */
    private List<NewCampaign.Deadline> checkDeadlines(List<NewCampaign.Deadline> requested) {
        List<NewCampaign.Deadline> deadlines = new ArrayList<>(requested);
        deadlines.sort(Comparator.comparing(NewCampaign.Deadline::level));
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < deadlines.size(); i++) {
            NewCampaign.Deadline deadline = deadlines.get(i);
            if (deadline.level() != i + 1) {
                throw ApiException.badRequest("campaign.deadline.levels", deadlines.size());
            }
            if (!deadline.due().isAfter(today)) {
                throw ApiException.badRequest("campaign.deadline.past", deadline.level(), VietnameseDates.DAY.format(deadline.due()));
            }
            if (!calendar.isWorkingDay(deadline.due())) {
                throw ApiException.badRequest("campaign.deadline.not-working-day", deadline.level(),
                        VietnameseDates.DAY.format(deadline.due()), VietnameseDates.DAY.format(calendar.addWorkingDays(deadline.due(), 1)));
            }
            if (i > 0 && deadline.due().isAfter(deadlines.get(i - 1).due())) {
                throw ApiException.badRequest("campaign.deadline.after-parent", deadline.level(),
                        VietnameseDates.DAY.format(deadline.due()), deadline.level() - 1, VietnameseDates.DAY.format(deadlines.get(i - 1).due()));
            }
        }
        return deadlines;
    }

    private static CampaignView campaign(ResultSet rs) throws SQLException {
        String types = rs.getString(8);
        return new CampaignView(UuidBytes.uuid(rs.getBytes(1)), UuidBytes.uuid(rs.getBytes(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                types == null ? List.of() : List.of(types.split(",")), rs.getInt(9), rs.getString(10), List.of(),
                List.of(), new NewCampaign.Reminders(Stream.of(rs.getString(14).split(",")).map(Integer::valueOf)
                        .toList(), rs.getInt(15), rs.getInt(16), rs.getBoolean(17)),
                UtcTimes.instant(rs, 11), UtcTimes.instant(rs, 12), rs.getLong(13));
    }
}
