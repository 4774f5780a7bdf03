package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.neuguong.IntegrationTest;

/**
 * The OpenAPI document names a schema by the type's simple name (or its {@code @Schema(name)}); two types of one
 * name become one schema, and the document then describes one of them wrongly. Every type an API operation reads
 * or answers, and every type inside those, has a schema name of its own.
 */
@IntegrationTest
class ApiSchemaNamesIntegrationTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyTypeOfTheApiHasASchemaNameOfItsOwn() {
        Deque<ResolvableType> toVisit = new ArrayDeque<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean api = info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"));
            if (!api) {
                return;
            }
            Method method = handler.getMethod();
            toVisit.add(ResolvableType.forMethodReturnType(method));
            for (int i = 0; i < method.getParameterCount(); i++) {
                var parameter = new MethodParameter(method, i);
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    toVisit.add(ResolvableType.forMethodParameter(parameter));
                }
            }
        });
        Map<String, Set<String>> classesByName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            var type = toVisit.pop();
            for (var generic : type.getGenerics()) {
                toVisit.add(generic);
            }
            if (type.isArray()) {
                toVisit.add(type.getComponentType());
            }
            Class<?> raw = type.resolve();
            if (raw == null || !raw.getName().startsWith("vn.neuguong.") || raw.isEnum() || !seen.add(raw)) {
                continue;
            }
            classesByName
                    .computeIfAbsent(schemaName(raw), key -> new TreeSet<>())
                    .add(raw.getName());
            if (raw.isRecord()) {
                for (RecordComponent component : raw.getRecordComponents()) {
                    toVisit.add(ResolvableType.forMethodReturnType(component.getAccessor(), raw));
                }
            }
        }
        assertThat(classesByName).as("API types").hasSizeGreaterThan(20);
        var shared = new TreeMap<String, Set<String>>();
        classesByName.forEach((name, classes) -> {
            if (classes.size() > 1) {
                shared.put(name, classes);
            }
        });
        assertThat(shared)
                .as("schema names shared by several types (give each a @Schema(name))")
                .isEmpty();
    }

    private static String schemaName(Class<?> type) {
        var schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }
}
