package vn.tusoi.platform.openapi;

import java.util.List;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.Operation;

/**
 * Names every operation after its controller and handler method, so that a name stays the same whatever else the
 * service adds: {@code OrgUnitController.find} is the operation {@code orgUnitFind} under the tag {@code org-unit}
 * (springdoc would number clashing method names, {@code find_1}, in an order nothing promises). An operationId or
 * tag given with {@code @Operation} or {@code @Tag} is kept.
 */
final class OperationNames implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Class<?> controller = ClassUtils.getUserClass(handler.getBeanType());
        String resource = resource(controller);
        var declared = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
                io.swagger.v3.oas.annotations.Operation.class);
        if (declared == null || declared.operationId().isBlank()) {
            operation.setOperationId(StringUtils.uncapitalize(resource)
                    + StringUtils.capitalize(handler.getMethod().getName()));
        }
        boolean tagged = AnnotatedElementUtils.hasAnnotation(controller, Tag.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getMethod(), Tag.class)
                || (declared != null && declared.tags().length > 0);
        if (!tagged) {
            operation.setTags(List.of(tag(resource)));
        }
        return operation;
    }

    /** {@code OrgUnitController} → {@code OrgUnit}. */
    static String resource(Class<?> controller) {
        String name = controller.getSimpleName();
        return name.endsWith("Controller") && name.length() > "Controller".length()
                ? name.substring(0, name.length() - "Controller".length())
                : name;
    }

    /** {@code OrgUnit} → {@code org-unit}. */
    static String tag(String resource) {
        return resource.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
