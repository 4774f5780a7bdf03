package vn.neuguong.member;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.member.MemberStanding.Kind;
import vn.neuguong.member.MemberStanding.Reason;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;

/**
 * A few members of Chi bộ Tổ dân phố số 1, phường Văn Miếu, who do not count as the others do (issue 21): one exempt
 * from activity by age, one exempt from work by health, one in temporary activity at Chi bộ Tổ dân phố số 2. Each is
 * the n-th active member of the cell without a post, by party card number; a period already recorded (same member,
 * kind and first day) is left alone, so the runner may run again.
 */
@Component
@Profile("seed")
@Order(21)
class MemberStandingDemoData implements DemoDataRunner {

    static final String WARD = "Đảng ủy phường Văn Miếu";

    record Period(
            int rank,
            Kind kind,
            Reason reason,
            String hostCell,
            String decisionNo,
            LocalDate decisionOn,
            LocalDate startsOn,
            String note) {}

    static final List<Period> PERIODS = List.of(
            new Period(
                    3,
                    Kind.EXEMPT_ACTIVITY,
                    Reason.AGE,
                    null,
                    "05-QĐ/CB",
                    LocalDate.of(2024, 1, 10),
                    LocalDate.of(2024, 1, 15),
                    "Tuổi cao, chi bộ quyết định miễn sinh hoạt"),
            new Period(
                    4,
                    Kind.EXEMPT_WORK,
                    Reason.HEALTH,
                    null,
                    "07-QĐ/CB",
                    LocalDate.of(2024, 3, 5),
                    LocalDate.of(2024, 3, 5),
                    "Sức khỏe yếu, miễn công tác"),
            new Period(
                    5,
                    Kind.TEMPORARY_ELSEWHERE,
                    null,
                    "Chi bộ Tổ dân phố số 2",
                    null,
                    LocalDate.of(2024, 2, 1),
                    LocalDate.of(2024, 2, 1),
                    "Tạm trú nơi con gái, sinh hoạt tạm thời 6 tháng"));

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    MemberStandingDemoData(JdbcClient jdbc, AuditLog audit, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> PERIODS.forEach(this::record));
    }

    private void record(Period period) {
        var cell = cell("Chi bộ Tổ dân phố số 1");
        var member = jdbc.sql("""
                        SELECT m.id FROM member m WHERE m.cell_id = :cell AND m.status = 'ACTIVE'
                          AND NOT EXISTS (SELECT 1 FROM member_position p WHERE p.member_id = m.id)
                        ORDER BY m.party_card_no OFFSET :rank LIMIT 1
                        """)
                .param("cell", cell)
                .param("rank", period.rank())
                .query(Long.class)
                .optional();
        if (member.isEmpty()) {
            return;
        }
        boolean recorded = jdbc.sql("SELECT count(*) FROM member_standing WHERE member_id = :member AND kind = :kind"
                                + " AND starts_on = :startsOn")
                        .param("member", member.get())
                        .param("kind", period.kind().name())
                        .param("startsOn", period.startsOn())
                        .query(Long.class)
                        .single()
                > 0;
        if (recorded) {
            return;
        }
        long id = jdbc.sql("""
                        INSERT INTO member_standing (member_id, kind, reason, host_cell_id, decision_no, decision_on,
                                                     starts_on, note)
                        VALUES (:member, :kind, :reason, :host, :decisionNo, :decisionOn, :startsOn, :note)
                        RETURNING id
                        """)
                .param("member", member.get())
                .param("kind", period.kind().name())
                .param(
                        "reason",
                        period.reason() == null ? null : period.reason().name())
                .param("host", period.hostCell() == null ? null : cell(period.hostCell()))
                .param("decisionNo", period.decisionNo())
                .param("decisionOn", period.decisionOn())
                .param("startsOn", period.startsOn())
                .param("note", period.note())
                .query(Long.class)
                .single();
        audit.created(
                "MemberStanding",
                id,
                cell,
                java.util.Map.of(
                        "memberId",
                        member.get(),
                        "kind",
                        period.kind().name(),
                        "startsOn",
                        period.startsOn().toString()));
    }

    private long cell(String name) {
        return jdbc.sql("SELECT c.id FROM " + TreeSql.open("c") + " WHERE c.name = :cell AND "
                        + TreeSql.name("c.parent_id") + " = :ward")
                .param("ward", WARD)
                .param("cell", name)
                .query(Long.class)
                .single();
    }
}
