package vn.neuguong.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import vn.neuguong.shared.InvalidInputException;

/**
 * Text that PostgreSQL cannot store (a NUL character) is refused where it enters, naming the field: in query and
 * form parameters before the handler runs, and in JSON bodies while they are read. It would otherwise reach the
 * database and fail there as a server error.
 */
final class InputGuard implements HandlerInterceptor {

    static final String NUL_MESSAGE = "validation.nul";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean bad = hasNul(parameter.getKey());
            for (String value : parameter.getValue()) {
                bad |= hasNul(value);
            }
            if (bad) {
                errors.add(
                        new InvalidInputException.FieldError(parameter.getKey().replace('\0', '?'), NUL_MESSAGE));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return true;
    }

    static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** JSON strings with a NUL character fail to read, with the property's path, like any other type error. */
    static JsonMapperBuilderCustomizer jsonStrings() {
        var module = new SimpleModule("nul-free-strings");
        module.addDeserializer(String.class, new NulFreeStrings());
        return builder -> builder.addModule(module);
    }

    private static final class NulFreeStrings extends StdScalarDeserializer<String> {

        NulFreeStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (hasNul(value)) {
                throw InvalidFormatException.from(parser, NUL_MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
