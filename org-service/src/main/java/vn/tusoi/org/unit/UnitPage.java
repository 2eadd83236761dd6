package vn.tusoi.org.unit;

import java.util.List;

import org.springframework.data.domain.Page;

/** One page of units, with what a client needs to page on. */
public record UnitPage(List<UnitView> items, int page, int size, long totalElements, int totalPages) {

    static UnitPage of(Page<OrgUnit> page) {
        return new UnitPage(page.map(UnitView::of).getContent(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
