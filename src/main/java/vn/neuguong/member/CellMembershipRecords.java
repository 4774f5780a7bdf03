package vn.neuguong.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.CellMembership;
import vn.neuguong.organization.CommitteeBody;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;

/** The members of the cells as the organization tree reads and moves them (its {@link CellMembership}). */
@Component
class CellMembershipRecords implements CellMembership {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CommitteeBodies bodies;

    CellMembershipRecords(JdbcClient jdbc, AuditLog audit, CommitteeBodies bodies) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.bodies = bodies;
    }

    @Override
    public List<Long> activeMembers(long cellId) {
        return jdbc.sql("SELECT id FROM member WHERE cell_id = :cell AND status = 'ACTIVE' ORDER BY id")
                .param("cell", cellId)
                .query(Long.class)
                .list();
    }

    @Override
    public List<CellMember> activeMembersByName(long cellId) {
        return jdbc.sql("SELECT m.id, m.full_name FROM member m WHERE m.cell_id = :cell AND m.status = 'ACTIVE'"
                        + " ORDER BY m.full_name COLLATE vi_icu")
                .param("cell", cellId)
                .query(CellMember.class)
                .list();
    }

    @Override
    public void move(List<Long> memberIds, long fromCell, long toCell, LocalDate on, String changeKind) {
        if (memberIds.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE member_cell_history SET left_on = :on WHERE member_id IN (:ids) AND left_on IS NULL")
                .param("on", on)
                .param("ids", memberIds)
                .update();
        jdbc.sql("""
                        INSERT INTO member_cell_history (member_id, cell_id, joined_on, note)
                        SELECT id, :to, :on, :note FROM member WHERE id IN (:ids)
                        """)
                .param("to", toCell)
                .param("on", on)
                .param("note", changeKind)
                .param("ids", memberIds)
                .update();
        jdbc.sql("UPDATE member SET cell_id = :to, version = version + 1 WHERE id IN (:ids)")
                .param("to", toCell)
                .param("ids", memberIds)
                .update();
        for (long memberId : memberIds) {
            audit.updated(
                    "Member", memberId, toCell, Map.of("cellId", fromCell), Map.of("cellId", toCell, "since", on));
        }
    }

    @Override
    public void endPositions(long organizationId, LocalDate on) {
        jdbc.sql("UPDATE member_position SET ended_on = :on WHERE organization_id = :id AND ended_on IS NULL")
                .param("on", on)
                .param("id", organizationId)
                .update();
    }

    @Override
    public List<Officer> officers(long organizationId) {
        return jdbc.sql("""
                        SELECT m.id AS member_id, m.full_name, mp.title, mp.started_on
                          FROM member_position mp JOIN member m ON m.id = mp.member_id
                         WHERE mp.organization_id = :id AND mp.ended_on IS NULL
                         ORDER BY CASE mp.title WHEN 'SECRETARY' THEN 0 WHEN 'STANDING_DEPUTY_SECRETARY' THEN 1
                                  WHEN 'DEPUTY_SECRETARY' THEN 2 WHEN 'STANDING_COMMITTEE_MEMBER' THEN 3
                                  WHEN 'COMMITTEE_MEMBER' THEN 4 ELSE 5 END, m.full_name
                        """).param("id", organizationId).query(Officer.class).list();
    }

    @Override
    public List<Officer> body(long committeeId, CommitteeBody body, LocalDate on) {
        return bodies.on(committeeId, body, on).stream()
                .map(seat -> new Officer(
                        seat.memberId(), seat.fullName(), seat.title().name(), seat.startedOn()))
                .toList();
    }

    @Override
    public long activeMemberCount(long organizationId) {
        return jdbc.sql("SELECT count(*) FROM member m WHERE m.status = 'ACTIVE' AND "
                        + TreeSql.within("m.cell_id", ":organization"))
                .param("organization", organizationId)
                .query(Long.class)
                .single();
    }
}
