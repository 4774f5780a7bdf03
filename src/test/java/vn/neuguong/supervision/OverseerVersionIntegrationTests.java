package vn.neuguong.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.Scope;

/** Ending an overseer's assignment names the version read, as every versioned record's change does. */
@IntegrationTest
class OverseerVersionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    Organizations organizations;

    @Autowired
    Overseers overseers;

    @Test
    void endingNeedsIfMatchAndRefusesAStaleVersion() throws Exception {
        String suffix = "OV" + System.nanoTime() % 1_000_000;
        long ward = organization(
                demo.organization("Thành ủy Hà Nội"), OrganizationKind.GRASSROOTS_COMMITTEE, "Đảng ủy Thử " + suffix);
        long cell = organization(ward, OrganizationKind.CELL, "Chi bộ Thử " + suffix);
        long member = jdbc.sql("INSERT INTO member (full_name, party_card_no, cell_id, admitted_on)"
                        + " VALUES ('Cấp ủy viên Thử', :card, :cell, DATE '2016-01-01') RETURNING id")
                .param("card", "OV-" + suffix)
                .param("cell", cell)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO member_position (member_id, organization_id, title, started_on)"
                        + " VALUES (:m, :o, 'COMMITTEE_MEMBER', DATE '2020-10-01')")
                .param("m", member)
                .param("o", ward)
                .update();
        long id = overseers
                .assign(ward, new Overseer.Assignment(cell, member, LocalDate.of(2024, 1, 1), null), Scope.everything())
                .id();

        mvc.perform(get("/api/v1/supervision/overseers/" + id).with(demo.signedIn("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(end(id, null)).andExpect(status().isPreconditionRequired());
        mvc.perform(end(id, "\"7\"")).andExpect(status().isConflict());
        assertThat(overseers.get(id, Scope.everything()).endsOn()).isNull();

        mvc.perform(end(id, "\"0\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endsOn").value("2025-06-30"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(end(id, "\"0\"")).andExpect(status().isConflict());
    }

    private MockHttpServletRequestBuilder end(long id, String ifMatch) {
        var request = post("/api/v1/supervision/overseers/" + id + "/end")
                .with(demo.signedIn("admin"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"endsOn\":\"2025-06-30\"}");
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    private long organization(long parent, OrganizationKind kind, String name) {
        return organizations
                .create(
                        new NewOrganization(parent, kind, "Cấp thử", name, "T", null, LocalDate.of(2015, 1, 1)),
                        Scope.everything())
                .id();
    }
}
