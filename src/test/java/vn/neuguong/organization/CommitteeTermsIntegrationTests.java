package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.CommitteeTerms.NewTerm;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.shared.InvalidInputException;

@IntegrationTest
class CommitteeTermsIntegrationTests {

    @Autowired
    CommitteeTerms terms;

    @Autowired
    Organizations organizations;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    Organization named(Long parent, String name) {
        return organizations.findByName(parent, name).orElseThrow();
    }

    Organization newCommittee() {
        return organizations.create(
                new NewOrganization(
                        named(null, "Thành ủy Hà Nội").id(),
                        OrganizationKind.COMMITTEE,
                        "Quận ủy",
                        "Quận ủy Nhiệm kỳ " + System.nanoTime(),
                        "QU",
                        null,
                        LocalDate.of(2015, 1, 1)),
                Scope.everything());
    }

    static void assertFieldError(Runnable call, String field, String message) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).anySatisfy(error -> {
                            assertThat(error.field()).isEqualTo(field);
                            assertThat(error.message()).isEqualTo(message);
                        }));
    }

    @Test
    void aTermRunsFromTheDayAfterItsCongressClosesToTheCloseOfTheNext() {
        var committee = newCommittee();
        var second = terms.record(
                committee.id(),
                new NewTerm(2, LocalDate.of(2020, 6, 10), LocalDate.of(2020, 6, 11)),
                Scope.everything());
        var first = terms.record(
                committee.id(),
                new NewTerm(1, LocalDate.of(2015, 6, 10), LocalDate.of(2015, 6, 11)),
                Scope.everything());

        assertThat(terms.of(committee.id(), Scope.everything()))
                .extracting(CommitteeTerm::ordinal, CommitteeTerm::startsOn, CommitteeTerm::endsOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, LocalDate.of(2015, 6, 12), LocalDate.of(2020, 6, 11)),
                        org.assertj.core.groups.Tuple.tuple(2, LocalDate.of(2020, 6, 12), null));
        assertThat(terms.covering(committee.id(), LocalDate.of(2020, 6, 11)))
                .hasValue(terms.find(first.id()).orElseThrow());
        assertThat(terms.covering(committee.id(), LocalDate.of(2020, 6, 12))).hasValue(second);
        assertThat(terms.covering(committee.id(), LocalDate.of(2015, 6, 11))).isEmpty();
        assertThat(terms.openedByCongressSitting(committee.id(), LocalDate.of(2020, 6, 10)))
                .hasValue(second);
        assertThat(second.roman()).isEqualTo("II");
        assertThat(CommitteeTerm.roman(28)).isEqualTo("XXVIII");
    }

    @Test
    void congressesOutOfOrderOverlappingOrRepeatedAreRefused() {
        var committee = newCommittee();
        terms.record(
                committee.id(),
                new NewTerm(5, LocalDate.of(2020, 6, 10), LocalDate.of(2020, 6, 11)),
                Scope.everything());
        assertFieldError(
                () -> terms.record(
                        committee.id(),
                        new NewTerm(5, LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 11)),
                        Scope.everything()),
                "ordinal",
                "term.ordinal.duplicate");
        assertFieldError(
                () -> terms.record(
                        committee.id(),
                        new NewTerm(4, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 2)),
                        Scope.everything()),
                "congressOpenedOn",
                "term.order");
        assertFieldError(
                () -> terms.record(
                        committee.id(),
                        new NewTerm(6, LocalDate.of(2020, 6, 11), LocalDate.of(2020, 6, 12)),
                        Scope.everything()),
                "congressOpenedOn",
                "term.order");
        assertFieldError(
                () -> terms.record(
                        committee.id(),
                        new NewTerm(6, LocalDate.of(2025, 6, 11), LocalDate.of(2025, 6, 10)),
                        Scope.everything()),
                "congressClosedOn",
                "term.closedBeforeOpened");
        assertThat(terms.of(committee.id(), Scope.everything())).hasSize(1);
    }

    @Test
    void aDepartmentHasTheTermsOfItsCommitteeAndNoneOfItsOwn() {
        var dongDa = named(named(null, "Thành ủy Hà Nội").id(), "Quận ủy Đống Đa");
        var propaganda = named(dongDa.id(), "Ban Tuyên giáo Quận ủy Đống Đa");
        assertThat(terms.of(propaganda.id(), Scope.everything()))
                .isEqualTo(terms.of(dongDa.id(), Scope.everything()))
                .extracting(CommitteeTerm::roman)
                .containsExactly("XXVII", "XXVIII");
        assertThat(terms.covering(propaganda.id(), LocalDate.of(2024, 12, 12)))
                .hasValueSatisfying(t -> assertThat(t.startsOn()).isEqualTo(LocalDate.of(2020, 8, 7)));
        assertFieldError(
                () -> terms.record(
                        propaganda.id(),
                        new NewTerm(1, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2)),
                        Scope.everything()),
                "organizationId",
                "term.department");
    }

    @Test
    void termsAreReadAndRecordedThroughTheApiInsideTheScopeOnly() throws Exception {
        UserDetails vanMieuStaff = accounts.loadUserByUsername("vanmieu.vanphong");
        var dongDa = named(named(null, "Thành ủy Hà Nội").id(), "Quận ủy Đống Đa");
        var vanMieu = named(dongDa.id(), "Đảng ủy phường Văn Miếu");
        var quocTuGiam = named(dongDa.id(), "Đảng ủy phường Quốc Tử Giám");
        mvc.perform(get("/api/v1/organizations/{id}/terms", vanMieu.id()).with(user(vanMieuStaff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].ordinal").value(23))
                .andExpect(jsonPath("$[1].startsOn").value("2020-06-12"));
        mvc.perform(get("/api/v1/organizations/{id}/terms", quocTuGiam.id()).with(user(vanMieuStaff)))
                .andExpect(status().isNotFound());
        String congress = """
                {"ordinal":24,"congressOpenedOn":"2025-08-01","congressClosedOn":"2025-08-02"}
                """;
        mvc.perform(post("/api/v1/organizations/{id}/terms", quocTuGiam.id())
                        .with(user(vanMieuStaff))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(congress))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/organizations/{id}/terms", vanMieu.id())
                        .with(user(vanMieuStaff))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ordinal\":24}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.hasItems("congressOpenedOn", "congressClosedOn")));
        assertThat(terms.of(quocTuGiam.id(), Scope.everything())).hasSize(2);
        assertThat(terms.of(vanMieu.id(), Scope.everything())).hasSize(2);
    }
}
