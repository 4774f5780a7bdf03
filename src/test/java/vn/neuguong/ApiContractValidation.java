package vn.neuguong;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Checks every {@code /api/v1} response that any test receives through MockMvc against the application's own
 * OpenAPI document: a status, a content type, a field, a missing required field or a null the document does not
 * declare fails the test that received it. Every component schema is read as closed ({@code additionalProperties:
 * false}) here, so an undeclared field fails too, while the published document stays open to additions. The requests
 * themselves are not checked: many tests send bad input on purpose. Registered for every Spring test in {@code
 * META-INF/spring.factories}.
 *
 * <p>With {@code -Dneuguong.openapi.report=FILE} nothing fails: each mismatch is appended to FILE as a line
 * {@code METHOD path status: message}, to count the operations that answer something undeclared.
 */
public class ApiContractValidation implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(
                        testClass, org.springframework.boot.test.context.SpringBootTest.class)
                ? new Registration()
                : null;
    }

    private static final class Registration implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().registerSingleton("apiContractValidation", (MockMvcBuilderCustomizer)
                    builder -> customize(context, builder));
        }

        private static void customize(ConfigurableApplicationContext context, ConfigurableMockMvcBuilder<?> builder) {
            builder.alwaysDo(new Check(context));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Registration;
        }

        @Override
        public int hashCode() {
            return Registration.class.hashCode();
        }
    }

    /** Validates one exchange; the document is read from the application on the first API response. */
    static final class Check implements ResultHandler {

        private final ConfigurableApplicationContext context;
        private volatile OpenApiInteractionValidator validator;

        Check(ConfigurableApplicationContext context) {
            this.context = context;
        }

        @Override
        public void handle(MvcResult result) throws Exception {
            var request = result.getRequest();
            if (!request.getRequestURI().startsWith("/api/v1/")) {
                return;
            }
            var response = result.getResponse();
            var checked = SimpleResponse.Builder.status(response.getStatus())
                    .withContentType(response.getContentType())
                    .withBody(response.getContentAsByteArray());
            for (String name : response.getHeaderNames()) {
                checked.withHeader(name, List.copyOf(response.getHeaders(name)));
            }
            ValidationReport report = validator().validate(MockMvcRequest.of(request), checked.build());
            if (!report.hasErrors()) {
                return;
            }
            var errors = report.getMessages().stream()
                    .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .toList();
            String where = request.getMethod() + " " + request.getRequestURI() + " " + response.getStatus();
            String reportFile = System.getProperty("neuguong.openapi.report");
            if (reportFile != null) {
                write(Path.of(reportFile), errors, request.getMethod());
                return;
            }
            throw new AssertionError("The response to " + where + " does not match the OpenAPI document:\n"
                    + errors.stream()
                            .map(message -> "- " + message.getKey() + ": " + message.getMessage())
                            .collect(Collectors.joining("\n"))
                    + "\n" + response.getContentAsString(StandardCharsets.UTF_8));
        }

        private static synchronized void write(Path file, List<ValidationReport.Message> errors, String method) {
            var lines = errors.stream()
                    .map(message -> method + " "
                            + message.getContext()
                                    .flatMap(ValidationReport.MessageContext::getApiOperation)
                                    .map(operation -> operation.getApiPath().original())
                                    .orElse("?")
                            + " "
                            + message.getContext()
                                    .flatMap(ValidationReport.MessageContext::getResponseStatus)
                                    .map(String::valueOf)
                                    .orElse("?")
                            + ": " + message.getKey() + " "
                            + message.getMessage().replace('\n', ' '))
                    .toList();
            try {
                Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private OpenApiInteractionValidator validator() throws Exception {
            if (validator == null) {
                synchronized (this) {
                    if (validator == null) {
                        validator = OpenApiInteractionValidator.createFor(closed(document()))
                                .withLevelResolver(LevelResolver.create()
                                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                        .build())
                                .build();
                    }
                }
            }
            return validator;
        }

        private String document() throws Exception {
            var plain = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                    .build();
            return plain.perform(
                            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        }

        @SuppressWarnings("rawtypes")
        private static OpenAPI closed(String json) {
            var result = new OpenAPIV3Parser().readContents(json, null, null);
            OpenAPI api = result.getOpenAPI();
            if (api == null) {
                throw new IllegalStateException("The OpenAPI document does not parse: " + result.getMessages());
            }
            var schemas = api.getComponents() == null || api.getComponents().getSchemas() == null
                    ? Collections.<String, Schema>emptyMap()
                    : api.getComponents().getSchemas();
            for (Schema schema : schemas.values()) {
                if (schema.getProperties() != null && schema.getAdditionalProperties() == null) {
                    schema.setAdditionalProperties(Boolean.FALSE);
                }
            }
            return api;
        }
    }
}
