package vn.neuguong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.neuguong.ModuleSliceDatabase;
import vn.neuguong.organization.NoCellMembers;
import vn.neuguong.organization.Organization;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Role;

/**
 * The audit module with what its beans need (shared, web, the accounts that name who made a change) and the
 * organization module, whose tree decides who sees a row (a bootstrap takes only modules whose beans a module
 * injects; audit reads organization through its types, so it is named here): a change the organization module makes
 * is recorded through this module's {@code AuditLog} and listed to staff whose scope holds it only. The members and
 * the modules that audit does not read stay out.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "organization")
@AutoConfigureMockMvc
@Import({ModuleSliceDatabase.class, NoCellMembers.class})
@ActiveProfiles("test")
class AuditModuleTests {

    private final Organizations organizations;
    private final MockMvcTester mvc;
    private final ApplicationContext context;
    private final String suffix = "A" + System.nanoTime() % 1_000_000;

    AuditModuleTests(Organizations organizations, MockMvcTester mvc, ApplicationContext context) {
        this.organizations = organizations;
        this.mvc = mvc;
        this.context = context;
    }

    @Test
    void aChangeIsRecordedAndListedOnlyInsideTheScopeThatHoldsIt() {
        var top = create(null, OrganizationKind.COMMITTEE, "Tỉnh ủy", "Tỉnh ủy Nhật Ký");
        var cell = create(top.id(), OrganizationKind.CELL, "Chi bộ", "Chi bộ Ghi Chép");
        var elsewhere = create(null, OrganizationKind.COMMITTEE, "Tỉnh ủy", "Tỉnh ủy Nơi Khác");

        assertThat(mvc.get().uri("/api/v1/audit?entityType=Organization").with(user(staffOf(top))))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].entityId")
                .asArray()
                .contains(String.valueOf(cell.id()), String.valueOf(top.id()))
                .doesNotContain(String.valueOf(elsewhere.id()));
        assertThat(mvc.get().uri("/api/v1/audit?entityType=Organization").with(user(staffOf(elsewhere))))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[*].entityId")
                .asArray()
                .doesNotContain(String.valueOf(cell.id()), String.valueOf(top.id()));
    }

    @Test
    void startsWithoutTheModulesItDoesNotRead() {
        assertThat(ModuleSliceDatabase.beansOf(context, "audit")).contains("jdbcAuditLog");
        assertThat(ModuleSliceDatabase.beansOf(context, "member", "directive", "campaign", "notification"))
                .isEmpty();
    }

    private Organization create(Long parentId, OrganizationKind kind, String level, String name) {
        return organizations.create(
                new NewOrganization(parentId, kind, level, name + " " + suffix, "NK", null, LocalDate.of(2015, 1, 1)),
                Scope.everything());
    }

    private static ActorPrincipal staffOf(Organization organization) {
        var actor = new Actor(
                0,
                "staff-" + organization.id(),
                "Cán bộ",
                Set.of(Role.STAFF),
                List.of(organization.id()),
                List.of(),
                null);
        return new ActorPrincipal(actor, "", true);
    }
}
