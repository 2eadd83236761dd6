package vn.tusoi.review.template;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.lifecycle.Criterion;
import vn.tusoi.platform.web.ApiException;

/**
 * The review templates and their versions. Publishing makes a new version; no version is ever edited, so a
 * campaign that pinned a version keeps exactly the form it was launched with.
 */
@Service
public class TemplateCatalog {

    private static final Set<SectionKind> AT_MOST_ONCE = EnumSet.of(SectionKind.SUGGESTION_ANSWERS,
            SectionKind.RESPONSIBILITY, SectionKind.SELF_RATING);

    private final JdbcClient jdbc;
    private final Clock clock;

    TemplateCatalog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TemplateSummary> templates() {
        return jdbc.sql("""
                select t.code, t.subject, t.name, max(v.version) from review_template t
                join review_template_version v on v.template_code = t.code
                group by t.code, t.subject, t.name, t.sort_order order by t.sort_order
                """)
                .query((rs, row) -> new TemplateSummary(rs.getString(1), TemplateSubject.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getInt(4)))
                .list();
    }

    /** The newest version of every template: what a campaign pins when it is created. */
    @Transactional(readOnly = true)
    public List<TemplateVersion> latestVersions() {
        return templates().stream().map(template -> version(template.code(), template.latestVersion())).toList();
    }

    @Transactional(readOnly = true)
    public TemplateVersion latest(String code) {
        int newest = jdbc.sql("select coalesce(max(version), 0) from review_template_version where template_code = ?")
                .param(code).query(Integer.class).single();
        return version(code, newest);
    }

    @Transactional(readOnly = true)
    public TemplateVersion version(String code, int version) {
        return find(code, version).orElseThrow(() -> ApiException.notFound("template.not-found", code, version));
    }

    /** Publishes the next version of a template; concurrent publications get consecutive numbers. */
    @Transactional
    public TemplateVersion publish(String code, NewTemplateVersion request, Caller caller) {
        if (jdbc.sql("select code from review_template where code = ? for update").param(code).query(String.class)
                .optional().isEmpty()) {
            throw ApiException.notFound("template.not-found", code, 1);
        }
        checkSections(request.sections());
        List<Criterion> criteria = request.criteria() != null ? request.criteria() : latest(code).criteria();
        checkCriteria(criteria);
        int next = jdbc.sql("select max(version) + 1 from review_template_version where template_code = ?")
                .param(code).query(Integer.class).single();
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into review_template_version (id, template_code, version, legal_basis, published_at,
                                                     published_by)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(id), code, next, request.legalBasis().trim(), UtcTimes.of(clock.instant()),
                        caller.subject())
                .update();
        int position = 0;
        for (TemplateSection section : request.sections()) {
            jdbc.sql("""
                    insert into review_template_section (version_id, position, code, kind, heading, guidance)
                    values (?, ?, ?, ?, ?, ?)
                    """)
                    .params(UuidBytes.of(id), ++position, section.code(), section.kind().name(),
                            section.heading().trim(), section.guidance().trim())
                    .update();
        }
        position = 0;
        for (Criterion criterion : criteria) {
            jdbc.sql("""
                    insert into review_template_criterion (version_id, position, code, part, title, max_points)
                    values (?, ?, ?, ?, ?, ?)
                    """)
                    .params(UuidBytes.of(id), ++position, criterion.code(), criterion.part().name(),
                            criterion.title().trim(), criterion.maxPoints())
                    .update();
        }
        return version(code, next);
    }

    /** Each code once; the common criteria add up to 30 points, the task results to 70. */
    private static void checkCriteria(List<Criterion> criteria) {
        Set<String> codes = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (!codes.add(criterion.code())) {
                throw ApiException.badRequest("template.criterion.duplicate-code", criterion.code());
            }
        }
        for (Criterion.Part part : Criterion.Part.values()) {
            int sum = criteria.stream().filter(criterion -> criterion.part() == part)
                    .mapToInt(Criterion::maxPoints).sum();
            if (sum != part.points()) {
                throw ApiException.badRequest("template.criterion.points", part.name(), sum, part.points());
            }
        }
    }

    private static void checkSections(List<TemplateSection> sections) {
        Set<String> codes = new HashSet<>();
        Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
        for (TemplateSection section : sections) {
            if (!codes.add(section.code())) {
                throw ApiException.badRequest("template.section.duplicate-code", section.code());
            }
            if (AT_MOST_ONCE.contains(section.kind()) && !kinds.add(section.kind())) {
                throw ApiException.badRequest("template.section.kind-twice", section.kind().name());
            }
        }
    }

    private Optional<TemplateVersion> find(String code, int version) {
        return jdbc.sql("""
                select v.id, t.code, t.name, t.subject, v.version, v.legal_basis, v.published_at
                from review_template_version v join review_template t on t.code = v.template_code
                where v.template_code = ? and v.version = ?
                """)
                .params(code, version)
                .query((rs, row) -> versionWithoutSections(rs))
                .optional()
                .map(found -> new TemplateVersion(found.id(), found.templateCode(), found.name(), found.subject(),
                        found.version(), found.legalBasis(), found.publishedAt(), sections(found.id()),
                        criteria(found.id())));
    }

    private static TemplateVersion versionWithoutSections(ResultSet rs) throws SQLException {
        return new TemplateVersion(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2), rs.getString(3),
                TemplateSubject.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6), UtcTimes.instant(rs, 7),
                List.of(), List.of());
    }

    private List<TemplateSection> sections(UUID versionId) {
        return new ArrayList<>(jdbc.sql("""
                select code, kind, heading, guidance from review_template_section where version_id = ?
                order by position
                """)
                .param(UuidBytes.of(versionId))
                .query((rs, row) -> new TemplateSection(rs.getString(1), SectionKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)))
                .list());
    }

    private List<Criterion> criteria(UUID versionId) {
        return jdbc.sql("""
                select code, part, title, max_points from review_template_criterion where version_id = ?
                order by position
                """)
                .param(UuidBytes.of(versionId))
                .query((rs, row) -> new Criterion(rs.getString(1), Criterion.Part.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getInt(4)))
                .list();
    }
}
