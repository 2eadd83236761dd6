package vn.tusoi.org.unit;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OrgUnitRepository extends JpaRepository<OrgUnit, UUID>, JpaSpecificationExecutor<OrgUnit> {

    boolean existsByCode(String code);

}
