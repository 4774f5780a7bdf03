package vn.neuguong.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Accounts.Grant;
import vn.neuguong.account.Accounts.NewAccount;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.StructureChanges;
import vn.neuguong.organization.StructureChanges.Close;
import vn.neuguong.organization.StructureChanges.Merge;
import vn.neuguong.organization.StructureChanges.Part;
import vn.neuguong.organization.StructureChanges.Split;
import vn.neuguong.shared.Role;

/**
 * Accounts follow their organization through a merge: a staff role held for a merged ward is held for the new one,
 * audited, and every demo account still signs in to a home page with something to do after the demo's 2025 merge.
 */
@IntegrationTest
class AccountSuccessionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Organizations organizations;

    @Autowired
    StructureChanges changes;

    @Autowired
    DemoFixtures demo;

    @Test
    void aMergeMovesTheStaffOfEachSourceToTheNewWardOnce() {
        String suffix = "S" + System.nanoTime() % 1_000_000;
        long district = demo.organization("Quận ủy Thanh Xuân");
        long wardA = ward(district, "Đảng ủy phường Kế thừa A " + suffix);
        long wardB = ward(district, "Đảng ủy phường Kế thừa B " + suffix);
        long sibling = ward(district, "Đảng ủy phường Kế thừa C " + suffix);
        long onlyA = account("ketthua.a." + suffix, List.of(new Grant(Role.STAFF, wardA)));
        long both =
                account("ketthua.ab." + suffix, List.of(new Grant(Role.STAFF, wardA), new Grant(Role.STAFF, wardB)));
        long other = account("ketthua.c." + suffix, List.of(new Grant(Role.STAFF, sibling)));

        var merged = changes.merge(
                new Merge(
                        List.of(wardA, wardB),
                        null,
                        null,
                        null,
                        "Đảng ủy phường Kế thừa " + suffix,
                        "ĐU",
                        null,
                        LocalDate.of(2025, 7, 1)),
                Scope.everything());

        assertThat(staffOf(onlyA)).containsExactly(merged.id());
        assertThat(staffOf(both)).as("one role for the new ward, not two").containsExactly(merged.id());
        assertThat(staffOf(other)).containsExactly(sibling);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'account' AND entity_id = :id"
                                + " AND after_value::text LIKE '%' || :name || '%'")
                        .param("id", String.valueOf(onlyA))
                        .param("name", merged.name())
                        .query(Long.class)
                        .single())
                .as("the move is in the audit log")
                .isEqualTo(1);
    }

    @Test
    void aSplitMovesTheStaffToItsFirstPartAndAClosingWithoutSuccessorMovesNobody() {
        String suffix = "P" + System.nanoTime() % 1_000_000;
        long district = demo.organization("Quận ủy Thanh Xuân");
        long ward = ward(district, "Đảng ủy phường Tách " + suffix);
        long closing = ward(district, "Đảng ủy phường Giải thể " + suffix);
        long staff = account("tach." + suffix, List.of(new Grant(Role.STAFF, ward)));
        long left = account("giaithe." + suffix, List.of(new Grant(Role.STAFF, closing)));

        var parts = changes.split(
                ward,
                new Split(
                        LocalDate.of(2025, 7, 1),
                        List.of(
                                new Part(null, "Đảng ủy phường Tách Bắc " + suffix, "ĐU", null),
                                new Part(null, "Đảng ủy phường Tách Nam " + suffix, "ĐU", null)),
                        Map.of(),
                        Map.of()),
                Scope.everything());
        changes.close(closing, new Close(LocalDate.of(2025, 7, 1)), Scope.everything());

        assertThat(staffOf(staff)).containsExactly(parts.get(0).id());
        assertThat(staffOf(left)).as("no successor to follow").containsExactly(closing);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "hanoi.tuyengiao",
                "dongda.tuyengiao",
                "vanmieu.vanphong",
                "quoctugiam.vanphong",
                "bode.vanphong",
                "bithu.vanmieu1",
                "dangvien.vanmieu1"
            })
    /** The administrator acts for no organization, so his home page lists no obligations: he is left out. */
    void everyDemoAccountSignsInToAHomePageWithTasks(String username) throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/dashboard").with(demo.signedIn(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("li.task")).as(username + "'s tasks").isNotEmpty();
    }

    @Test
    void theStaffOfTheMergedBoDeActForTheNewWard() {
        long newWard = demo.organization("Đảng ủy phường Bồ Đề");
        var actor = demo.account("bode.vanphong");
        assertThat(accounts.findByUsername("bode.vanphong")
                        .map(accounts::actorOf)
                        .orElseThrow()
                        .scopeRoots())
                .containsExactly(newWard);
        assertThat(actor.getUsername()).isEqualTo("bode.vanphong");
    }

    private long ward(long district, String name) {
        return organizations
                .create(
                        new NewOrganization(
                                district,
                                OrganizationKind.GRASSROOTS_COMMITTEE,
                                "Đảng ủy phường",
                                name,
                                "ĐU",
                                null,
                                LocalDate.of(2015, 1, 1)),
                        Scope.everything())
                .id();
    }

    private long account(String username, List<Grant> grants) {
        return accounts.create(new NewAccount(username, username, null, null, grants), "{noop}x");
    }

    private List<Long> staffOf(long account) {
        return jdbc.sql("SELECT organization_id FROM account_role WHERE account_id = :id AND role = 'STAFF'"
                        + " ORDER BY organization_id")
                .param("id", account)
                .query(Long.class)
                .list();
    }
}
