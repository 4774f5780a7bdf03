package vn.neuguong.directive;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.neuguong.organization.CommitteeTerms;
import vn.neuguong.organization.CommitteeTerms.NewTerm;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;

/** Looks up demo organizations, documents and accounts for the document tests. */
record DocumentTestSupport(JdbcClient jdbc, UserDetailsService users) {

    long organization(String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = :name AND closed_on IS NULL")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    long document(String number) {
        return jdbc.sql("SELECT id FROM document WHERE number_text = :number ORDER BY id LIMIT 1")
                .param("number", number)
                .query(Long.class)
                .single();
    }

    /**
     * A new committee under Thành ủy Hà Nội with the code {@code ĐU}, apart from the demo tree's counts, with a
     * congress closing on each given day (numbered 1, 2, ... and sitting the day before and that day), so that its
     * numbers are its own.
     */
    long committee(Organizations organizations, CommitteeTerms terms, LocalDate... congressCloses) {
        var committee = organizations.create(
                new NewOrganization(
                        organization("Thành ủy Hà Nội"),
                        OrganizationKind.COMMITTEE,
                        "Đảng ủy",
                        "Đảng ủy Thử nghiệm " + System.nanoTime(),
                        "ĐU",
                        null,
                        LocalDate.of(2015, 1, 1)),
                Scope.everything());
        for (int i = 0; i < congressCloses.length; i++) {
            terms.record(
                    committee.id(),
                    new NewTerm(i + 1, congressCloses[i].minusDays(1), congressCloses[i]),
                    Scope.everything());
        }
        return committee.id();
    }

    ActorPrincipal principal(String username) {
        return (ActorPrincipal) users.loadUserByUsername(username);
    }

    Actor actor(String username) {
        return principal(username).actor();
    }

    /** A member account of a new member in a cell of the given ward. */
    ActorPrincipal memberAccount(vn.neuguong.account.Accounts accounts, String wardName) {
        long member = newMember(wardName, "Nguyễn Thị Học " + System.nanoTime() % 100000);
        String username = "test.member." + System.nanoTime();
        accounts.create(
                new vn.neuguong.account.Accounts.NewAccount(
                        username,
                        "Đảng viên thử",
                        null,
                        member,
                        java.util.List.of(
                                new vn.neuguong.account.Accounts.Grant(vn.neuguong.shared.Role.MEMBER, null))),
                "{noop}x");
        return principal(username);
    }

    /** A new active member in a cell of the given ward, for reading and studying. */
    long newMember(String wardName, String fullName) {
        long cell = jdbc.sql("""
                        SELECT c.id FROM organization c JOIN organization w ON w.id = c.parent_id
                        WHERE w.name = :ward AND c.kind = 'CELL' ORDER BY c.name LIMIT 1
                        """).param("ward", wardName).query(Long.class).single();
        return jdbc.sql(
                        "INSERT INTO member (full_name, party_card_no, cell_id) VALUES (:name, :card, :cell) RETURNING id")
                .param("name", fullName)
                .param("card", "TEST-" + System.nanoTime())
                .param("cell", cell)
                .query(Long.class)
                .single();
    }
}
