package vn.neuguong.organization;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.organization.Organizations.NewOrganization;

/**
 * Builds organizations and members of its own under Thành ủy Hà Nội, with names no other test uses, so that
 * structure changes never touch the demo data that other tests read.
 */
final class TestTree {

    static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Organizations organizations;
    private final JdbcClient jdbc;
    final String suffix;

    TestTree(Organizations organizations, JdbcClient jdbc) {
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.suffix = "T" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    Organization hanoi() {
        return organizations.findByName(null, "Thành ủy Hà Nội").orElseThrow();
    }

    Organization district(String name) {
        return create(hanoi(), OrganizationKind.COMMITTEE, "Quận ủy", name, "QU");
    }

    Organization ward(Organization district, String name) {
        return create(district, OrganizationKind.GRASSROOTS_COMMITTEE, "Đảng ủy phường", name, "ĐU");
    }

    Organization cell(Organization parent, String name) {
        return create(parent, OrganizationKind.CELL, "Chi bộ", name, "CB");
    }

    Organization create(Organization parent, OrganizationKind kind, String level, String name, String code) {
        return organizations.create(
                new NewOrganization(parent.id(), kind, level, name + " " + suffix, code, null, FOUNDED),
                Scope.everything());
    }

    long member(Organization cell, String fullName) {
        long id = jdbc.sql("""
                        INSERT INTO member (full_name, party_card_no, cell_id, admitted_on)
                        VALUES (:name, :card, :cell, DATE '2016-01-01') RETURNING id
                        """)
                .param("name", fullName)
                .param("card", "TEST-" + suffix + "-" + SEQUENCE.incrementAndGet())
                .param("cell", cell.id())
                .query(Long.class)
                .single();
        jdbc.sql(
                        "INSERT INTO member_cell_history (member_id, cell_id, joined_on) VALUES (:id, :cell, DATE '2016-01-01')")
                .param("id", id)
                .param("cell", cell.id())
                .update();
        return id;
    }

    void position(long memberId, Organization organization, String title) {
        jdbc.sql("""
                        INSERT INTO member_position (member_id, organization_id, title, started_on)
                        VALUES (:member, :org, :title, DATE '2020-10-01')
                        """)
                .param("member", memberId)
                .param("org", organization.id())
                .param("title", title)
                .update();
    }

    Organization reload(Organization organization) {
        return organizations.get(organization.id(), Scope.everything());
    }

    long cellOf(long memberId) {
        return jdbc.sql("SELECT cell_id FROM member WHERE id = :id")
                .param("id", memberId)
                .query(Long.class)
                .single();
    }

    long auditRows(Organization organization) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'Organization' AND entity_id = :id")
                .param("id", String.valueOf(organization.id()))
                .query(Long.class)
                .single();
    }

    long periods(Organization organization) {
        return jdbc.sql("SELECT count(*) FROM organization_period WHERE organization_id = :id")
                .param("id", organization.id())
                .query(Long.class)
                .single();
    }
}
