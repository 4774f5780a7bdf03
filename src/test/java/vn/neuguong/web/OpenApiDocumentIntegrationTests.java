package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.IntegrationTest;

/**
 * The OpenAPI document is one a client can be generated from. It is written to {@code target/openapi.json}, from
 * which the build generates a Java client and compiles it.
 */
@IntegrationTest
class OpenApiDocumentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MessageSource messages;

    @SuppressWarnings("unchecked")
    Map<String, Object> document() throws Exception {
        String body = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), body);
        return JsonMapper.builder().build().readValue(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String... keys) {
        Object node = value;
        for (String key : keys) {
            node = ((Map<String, Object>) node).get(key);
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> operations(Map<String, Object> document) {
        var operations = new ArrayList<Map<String, Object>>();
        map(document, "paths")
                .values()
                .forEach(item -> ((Map<String, Object>) item)
                        .values()
                        .forEach(operation -> operations.add((Map<String, Object>) operation)));
        return operations;
    }

    @Test
    void everyOperationHasAMeaningfulIdADefinedTagAndTheSignInItNeeds() throws Exception {
        var document = document();
        var tags = new HashSet<String>();
        ((List<Map<String, Object>>) (Object) document.get("tags")).forEach(tag -> tags.add((String) tag.get("name")));
        var ids = new HashSet<String>();
        assertThat(map(document, "components", "securitySchemes", "bearerToken"))
                .containsEntry("type", "http")
                .containsEntry("scheme", "bearer");
        for (var operation : operations(document)) {
            String id = (String) operation.get("operationId");
            assertThat(id).doesNotContain("_").matches("[a-z][A-Za-z]+");
            assertThat(ids.add(id)).as("operation id %s is unique", id).isTrue();
            assertThat(tags).containsAll((List<String>) operation.get("tags"));
            assertThat(operation.get("tags").toString()).doesNotContain("controller");
            assertThat(operation.get("security").toString()).contains("bearerToken");
        }
        assertThat(ids).contains("listOrganizations", "listAuditEntries", "exportComplianceBoard");
    }

    @Test
    void errorsAreProblemDocumentsAndBodiesAreJson() throws Exception {
        var document = document();
        assertThat(map(document, "components", "schemas", "Problem", "properties"))
                .containsKeys("type", "title", "status", "detail", "errors");
        for (var operation : operations(document)) {
            var responses = map(operation, "responses");
            assertThat(responses).containsKeys("401", "403", "500", "503");
            assertThat(map(responses, "401", "content")).containsOnlyKeys("application/problem+json");
            assertThat(responses.toString()).doesNotContain("*/*");
        }
        var importMembers = map(document, "paths", "/api/v1/members/import", "post", "responses");
        assertThat(importMembers).containsKeys("400", "413");
        assertThat(map(document, "paths", "/api/v1/organizations/{id}", "put", "responses"))
                .containsKeys("400", "404", "409");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChangeThatNeedsIfMatchDeclares428AndOnlyThen() throws Exception {
        var document = document();
        int needing = 0;
        for (var operation : operations(document)) {
            var parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            boolean needsIfMatch = parameters.stream()
                    .anyMatch(p -> "header".equals(p.get("in"))
                            && "If-Match".equalsIgnoreCase((String) p.get("name"))
                            && Boolean.TRUE.equals(p.get("required")));
            var responses = map(operation, "responses");
            assertThat(responses.containsKey("428"))
                    .as("%s declares 428 exactly when it needs If-Match", operation.get("operationId"))
                    .isEqualTo(needsIfMatch);
            if (needsIfMatch) {
                needing++;
                assertThat(map(responses, "428", "content")).containsOnlyKeys("application/problem+json");
            }
        }
        assertThat(needing).isGreaterThanOrEqualTo(30);
        assertThat(map(document, "paths", "/api/v1/organizations/{id}", "put", "responses"))
                .containsKey("428");
        assertThat(map(document, "paths", "/api/v1/organizations/{id}/rename", "post", "responses"))
                .doesNotContainKey("428");
    }

    @Test
    void filesAreBinaryAndAuditValuesAreFreeFormObjects() throws Exception {
        var document = document();
        var workbook = map(
                document,
                "paths",
                "/api/v1/campaigns/{id}/compliance.xlsx",
                "get",
                "responses",
                "200",
                "content",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "schema");
        assertThat(workbook).containsEntry("type", "string").containsEntry("format", "binary");
        var entry = map(document, "components", "schemas", "AuditEntry", "properties");
        assertThat(map(entry, "before"))
                .containsEntry("type", "object")
                .containsEntry("additionalProperties", true)
                .containsEntry("nullable", true);
        assertThat(map(document, "components", "schemas")).doesNotContainKey("JsonNode");
    }

    @Test
    @SuppressWarnings("unchecked")
    void propertiesTheServerAlwaysSendsAreRequiredAndTheNullableOnesSaySo() throws Exception {
        var schemas = map(document(), "components", "schemas");
        assertThat((List<Object>) map(schemas, "Organization").get("required")).contains("id", "name", "parentId");
        assertThat(map(schemas, "Organization", "properties", "parentId")).containsEntry("nullable", true);
        assertThat(map(schemas, "Organization", "properties", "closedOn")).containsEntry("nullable", true);
        assertThat(map(schemas, "Organization", "properties", "name")).doesNotContainKey("nullable");
        assertThat(map(schemas, "Requirement", "properties", "label")).containsEntry("nullable", true);
    }

    @Test
    void limitsAreDeclared() throws Exception {
        var document = document();
        @SuppressWarnings("unchecked")
        var parameters = (List<Map<String, Object>>) map(document, "paths", "/api/v1/campaigns/{id}/obligations", "get")
                .get("parameters");
        var size = parameters.stream()
                .filter(parameter -> parameter.get("name").equals("size"))
                .findFirst()
                .orElseThrow();
        assertThat(map(size, "schema")).containsEntry("maximum", 500);
        assertThat(map(document, "components", "schemas", "CampaignForm", "properties", "title"))
                .containsEntry("maxLength", 500);
    }

    @Test
    void aForbiddenApiCallAnswersAProblemDocument() throws Exception {
        mvc.perform(get("/api/v1/accounts").with(user(accounts.loadUserByUsername("dongda.tuyengiao"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").isString());
    }

    @Test
    void aChangeWithoutCsrfTokenAnswersAProblemDocument() throws Exception {
        mvc.perform(post("/api/v1/notifications/read-all").with(user(accounts.loadUserByUsername("dongda.tuyengiao"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void aCallerNotSignedInGetsAProblemDocument() throws Exception {
        mvc.perform(get("/api/v1/organizations").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("Sign in, or send a valid access token"));
    }

    @RestController
    static class Failing {
        @GetMapping("/api/v1/failing")
        String fail() {
            throw new IllegalStateException("internal detail that must not leak");
        }
    }

    @Test
    void anUnexpectedErrorAnswersAProblemDocumentWithoutInternals() throws Exception {
        var failing = MockMvcBuilders.standaloneSetup(new Failing())
                .setControllerAdvice(new ApiExceptionHandler(messages))
                .build();
        var body = failing.perform(get("/api/v1/failing"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(500))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("internal detail");
    }
}
