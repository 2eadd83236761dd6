package vn.tusoi.org.unit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrgUnitRepository extends JpaRepository<OrgUnit, UUID>, JpaSpecificationExecutor<OrgUnit> {

    boolean existsByCode(String code);

    java.util.Optional<OrgUnit> findByCode(String code);

    boolean existsByParentIdAndStatus(UUID parentId, OrgUnit.Status status);

    List<OrgUnit> findByPathStartingWithOrderByPath(String pathPrefix);

    List<OrgUnit> findByImportJobIdOrderByPath(UUID importJobId);

    List<OrgUnit> findByParentIdAndStatusOrderByCode(UUID parentId, OrgUnit.Status status);

    /** Moves a whole subtree in one statement: every path under the old prefix gets the new one. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OrgUnit u set u.path = concat(:newPrefix, substring(u.path, :keepFrom)),
                   u.depth = u.depth + :depthChange, u.version = u.version + 1, u.updatedAt = :now
            where u.path like concat(:oldPrefix, '%')
            """)
    int rewriteSubtreePaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix,
            @Param("keepFrom") int keepFrom, @Param("depthChange") int depthChange, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OrgUnit u set u.parentId = :parentId where u.id = :id")
    int reparent(@Param("id") UUID id, @Param("parentId") UUID parentId);

}
