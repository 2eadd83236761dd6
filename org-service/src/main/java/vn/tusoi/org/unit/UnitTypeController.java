package vn.tusoi.org.unit;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

@RestController
class UnitTypeController {

    private final UnitTypeRules types;

    UnitTypeController(UnitTypeRules types) {
        this.types = types;
    }

    @GetMapping("/api/org/unit-types")
    @Operation(summary = "Các loại đơn vị (tên theo ngôn ngữ người đọc) và loại nào được đặt dưới loại nào")
    List<UnitTypeRules.UnitType> unitTypes(Locale locale) {
        return types.all(locale);
    }
}
