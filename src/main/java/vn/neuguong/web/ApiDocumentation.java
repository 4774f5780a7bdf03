package vn.neuguong.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Makes the OpenAPI document one that clients can be generated from: the two ways to sign in (an access token as
 * bearer, or the browser session), every error an operation can answer as one problem schema, JSON as {@code
 * application/json}, and every property of a response required (the server always writes all of them, a missing
 * value as {@code null}, and those that may be null say so with {@code nullable}).
 */
@Component
class ApiDocumentation implements GlobalOpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String BEARER = "bearerToken";
    static final String SESSION = "browserSession";

    private static final Map<String, String> ERRORS = errors();

    /**
     * Properties that refer to another schema and may be missing. OpenAPI 3.0 ignores whatever stands beside a
     * {@code $ref}, and validators do not take a nullable {@code allOf} for null, so such a property is left out of
     * the answer when it has no value ({@code @JsonInclude(NON_NULL)}) and declared optional here.
     */
    private static final Map<String, Set<String>> OPTIONAL_REFERENCES =
            Map.of("Board", Set.of("own"), "MeetingMinutes", Set.of("draft", "approved"));

    private static Map<String, String> errors() {
        var errors = new LinkedHashMap<String, String>();
        errors.put("400", "Invalid input: `errors` names every bad field");
        errors.put("401", "Not signed in, or the access token is unknown, revoked or expired");
        errors.put("403", "Not allowed for the caller (or, with a browser session, no CSRF token)");
        errors.put("404", "Unknown, or outside the caller's scope");
        errors.put("409", "In conflict with the current state, or with a change made at the same moment");
        errors.put("413", "The uploaded file is too large");
        errors.put("428", "If-Match is missing: send the ETag of the version read");
        errors.put("503", "Temporarily unavailable; try again later");
        errors.put("500", "An unexpected error");
        return errors;
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info()
                .title("Nêu Gương API")
                .version("v1")
                .description("Political study campaigns of a Party committee hierarchy. Errors are RFC 9457 problem"
                        + " details (`application/problem+json`)."));
        var components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        components.addSecuritySchemes(
                BEARER,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("ng_…")
                        .description("A personal access token (`POST /api/v1/tokens`)"));
        components.addSecuritySchemes(
                SESSION,
                new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("SESSION")
                        .description("The browser session after signing in at `/login`; a change also needs the CSRF"
                                + " token as `X-CSRF-TOKEN`"));
        components.addSchemas(PROBLEM, problemSchema());
        components.addSchemas("FieldError", fieldErrorSchema());
        var security = List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(SESSION));
        Set<String> answered = new HashSet<>();
        if (api.getPaths() != null) {
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        operation.setSecurity(security);
                        jsonNotAnything(operation);
                        declareErrors(path, method, operation);
                        collectRefs(operation.getResponses(), answered);
                    }));
        }
        freeFormJson(components);
        requireWhatIsAlwaysSent(components, answered);
        optionalReferences(components);
        if (components.getSchemas() != null) {
            components.setSchemas(new TreeMap<>(components.getSchemas()));
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/FieldError"))
                                .description("Every bad field of an invalid input (400)"))
                .required(List.of("title", "status"));
    }

    private static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("The field as the caller wrote it (`requirements[0].dueOn`), `body`, or"
                                        + " a column of an imported file"))
                .addProperty("message", new StringSchema().description("In the caller's language"))
                .addProperty("row", new IntegerSchema().description("The row of an imported file"))
                .addProperty("rejectedValue", new Schema<>().description("The value that was refused"))
                .required(List.of("field", "message"));
    }

    /** springdoc writes {@code *}{@code /*} where a method does not name what it produces; ours produce JSON. */
    private static void jsonNotAnything(Operation operation) {
        if (operation.getResponses() != null) {
            operation.getResponses().values().forEach(response -> response.setContent(json(response.getContent())));
        }
        if (operation.getRequestBody() != null) {
            operation
                    .getRequestBody()
                    .setContent(json(operation.getRequestBody().getContent()));
        }
    }

    private static Content json(Content content) {
        if (content == null || !content.containsKey("*/*")) {
            return content;
        }
        var fixed = new Content();
        content.forEach((type, media) -> fixed.addMediaType(type.equals("*/*") ? "application/json" : type, media));
        return fixed;
    }

    private static void declareErrors(String path, PathItem.HttpMethod method, Operation operation) {
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        boolean changes = method != PathItem.HttpMethod.GET;
        boolean uploads = operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey("multipart/form-data");
        for (var error : ERRORS.entrySet()) {
            String status = error.getKey();
            boolean applies = switch (status) {
                case "400" -> hasInput;
                case "404" -> hasInput || path.contains("{");
                case "409" -> changes;
                case "413" -> uploads;
                case "428" -> needsIfMatch(operation);
                default -> true;
            };
            if (applies && !operation.getResponses().containsKey(status)) {
                operation
                        .getResponses()
                        .addApiResponse(
                                status,
                                new ApiResponse()
                                        .description(error.getValue())
                                        .content(new Content()
                                                .addMediaType(
                                                        PROBLEM_JSON,
                                                        new MediaType()
                                                                .schema(new Schema<>()
                                                                        .$ref("#/components/schemas/" + PROBLEM)))));
            }
        }
    }

    /** An operation that refuses a change without the ETag of the version read (a required If-Match header). */
    private static boolean needsIfMatch(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(parameter -> "header".equals(parameter.getIn())
                                && EntityTags.IF_MATCH.equalsIgnoreCase(parameter.getName())
                                && Boolean.TRUE.equals(parameter.getRequired()));
    }

    /**
     * A property typed as Jackson's {@code JsonNode} (the audit entry's before and after) is any JSON the server
     * wrote: a free-form object, not the node's own getters, whose schema breaks generated clients.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void freeFormJson(Components components) {
        if (components.getSchemas() == null || components.getSchemas().remove("JsonNode") == null) {
            return;
        }
        for (Schema schema : components.getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            Map<String, Schema> properties = schema.getProperties();
            properties.replaceAll((name, property) -> "#/components/schemas/JsonNode".equals(property.get$ref())
                    ? new ObjectSchema()
                            .additionalProperties(Boolean.TRUE)
                            .nullable(Boolean.TRUE)
                            .description(property.getDescription())
                    : property);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void optionalReferences(Components components) {
        OPTIONAL_REFERENCES.forEach((name, properties) -> {
            Schema schema = components.getSchemas() == null
                    ? null
                    : components.getSchemas().get(name);
            if (schema == null || schema.getProperties() == null) {
                return;
            }
            if (schema.getRequired() != null) {
                schema.getRequired().removeAll(properties);
            }
        });
    }

    private static void collectRefs(Object node, Set<String> names) {
        if (node instanceof Schema<?> schema) {
            if (schema.get$ref() != null) {
                names.add(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            }
            collectRefs(schema.getItems(), names);
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(property -> collectRefs(property, names));
            }
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                collectRefs(values, names);
            }
            for (var group : new List<?>[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
                if (group != null) {
                    group.forEach(part -> collectRefs(part, names));
                }
            }
        } else if (node instanceof io.swagger.v3.oas.models.responses.ApiResponses responses) {
            responses.values().forEach(response -> collectRefs(response, names));
        } else if (node instanceof ApiResponse response && response.getContent() != null) {
            response.getContent().values().forEach(media -> collectRefs(media.getSchema(), names));
        }
    }

    /** Every property of a schema that some response carries is always sent; {@code nullable} says it may be null. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void requireWhatIsAlwaysSent(Components components, Set<String> answered) {
        Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        var toVisit = new ArrayList<>(answered);
        Set<String> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            String name = toVisit.remove(toVisit.size() - 1);
            Schema schema = schemas.get(name);
            if (!seen.add(name) || schema == null) {
                continue;
            }
            Set<String> nested = new HashSet<>();
            collectRefs(schema, nested);
            toVisit.addAll(nested);
            if (name.equals(PROBLEM) || name.equals("FieldError") || schema.getProperties() == null) {
                continue;
            }
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }
}
