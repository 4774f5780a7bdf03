package vn.neuguong.member.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.IntegrationTest;
import vn.neuguong.member.Member;
import vn.neuguong.member.MemberGender;
import vn.neuguong.member.MemberInput;
import vn.neuguong.member.MemberStatus;
import vn.neuguong.member.MemberTestSupport;
import vn.neuguong.member.Members;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.web.TimeConfiguration;

/**
 * What the staged, set-based import could get wrong: errors of many rows and columns at once, cards repeated in a
 * file or already registered, updates with their cell stays and audit rows as the row-by-row import wrote them (the
 * {@link Member} record as Jackson writes it, before and after), the importer's scope, and nothing kept on an error.
 */
@IntegrationTest
class RosterImportSetIntegrationTests {

    static final String HEADER = RosterImportIntegrationTests.HEADER;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    RosterImport roster;

    @Autowired
    RosterChecks checks;

    @Autowired
    Members members;

    @Autowired
    JsonMapper json;

    @Autowired
    TransactionTemplate transaction;

    MemberTestSupport support;

    @BeforeEach
    void setUp() {
        support = new MemberTestSupport(accounts, jdbc);
    }

    @Test
    void listsEveryErrorOfSeveralRowsAndColumnsInRowThenColumnOrder() {
        var errors = errors(HEADER
                + "Lê Văn Một,31/02/1980,Đực,SET.0101,,,Chi bộ Tổ dân phố số 1,12,a@b,\n"
                + ",,,SET 0102,01/01/2010,01/01/2009,Chi bộ không có,,,Đang công tác\n"
                + "Lê Văn Ba,,,SET.0103,,,Chi bộ Tổ dân phố số 2,,,\n"
                + "Lê Văn Bốn,01/01/2090,,SET.0103,01/01/2091,,Chi bộ Tổ dân phố số 3,,,\n");
        assertThat(errors)
                .extracting(FieldError::row, FieldError::field, FieldError::message, FieldError::rejectedValue)
                .containsExactly(
                        tuple(2, "Ngày sinh", "roster.date.invalid", "31/02/1980"),
                        tuple(2, "Giới tính", "roster.gender.invalid", "Đực"),
                        tuple(2, "Điện thoại", "member.phone.invalid", "12"),
                        tuple(2, "Email", "member.email.invalid", "a@b"),
                        tuple(3, "Trạng thái", "roster.status.invalid", "Đang công tác"),
                        tuple(3, "Chi bộ", "roster.cell.unknown", "Chi bộ không có"),
                        tuple(3, "Họ và tên", "validation.required", null),
                        tuple(3, "Số thẻ đảng viên", "member.partyCardNo.invalid", "SET 0102"),
                        tuple(3, "Ngày chính thức", "member.officialOn.beforeAdmitted", "01/01/2009"),
                        tuple(5, "Ngày sinh", "member.date.future", "01/01/2090"),
                        tuple(5, "Ngày vào Đảng", "member.date.future", "01/01/2091"),
                        tuple(5, "Số thẻ đảng viên", "roster.card.duplicate", "SET.0103"));
        assertThat(count("SELECT count(*) FROM member WHERE party_card_no LIKE 'SET.01%'"))
                .isZero();
    }

    @Test
    void reportsEveryRepeatOfACardAfterItsFirstRowAndAnOutsidersCardOnItsFirstRowOnly() {
        long outsider = support.plainMember("Quốc Tử Giám", 1);
        String card = support.cardOf(outsider);
        var errors = errors(HEADER
                + "Lê Văn A,,,SET.0201,,,Chi bộ Tổ dân phố số 1,,,\n"
                + "Lê Văn B,,,SET.0201,,,Chi bộ Tổ dân phố số 2,,,\n"
                + "Lê Văn C,,,  SET.0201  ,,,Chi bộ Tổ dân phố số 3,,,\n"
                + "Kẻ Lạ," + ",," + card + ",,,Chi bộ Tổ dân phố số 1,,,\n"
                + "Kẻ Lạ Hai," + ",," + card + ",,,Chi bộ Tổ dân phố số 2,,,\n");
        assertThat(errors)
                .extracting(FieldError::row, FieldError::field, FieldError::message, FieldError::rejectedValue)
                .containsExactly(
                        tuple(3, "Số thẻ đảng viên", "roster.card.duplicate", "SET.0201"),
                        tuple(4, "Số thẻ đảng viên", "roster.card.duplicate", "SET.0201"),
                        tuple(5, "Số thẻ đảng viên", Members.UNUSABLE_CARD, card),
                        tuple(6, "Số thẻ đảng viên", "roster.card.duplicate", card));
    }

    @Test
    void updatesAKnownMemberWithItsStaysAndAuditRowsAsTheRowByRowImportWroteThem() throws Exception {
        String card = "SET.0301";
        try {
            String csv = HEADER + "Trần Văn Cũ,02/03/1970,Nam,SET.0301,04/05/1995,04/05/1996,Chi bộ Tổ dân phố số 1,"
                    + "0912 000 301,,\n";
            upload(csv)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.created").value(1));
            long id = support.memberWithCard(card);
            Member created = member(id);
            assertThat(created)
                    .extracting(Member::fullName, Member::birthDate, Member::gender, Member::phone, Member::status)
                    .containsExactly(
                            "Trần Văn Cũ",
                            LocalDate.of(1970, 3, 2),
                            MemberGender.MALE,
                            "0912 000 301",
                            MemberStatus.ACTIVE);
            assertThat(audits(id)).containsExactly(Map.of("action", "CREATE", "after", audited(created)));
            assertThat(stays(id)).containsExactly(List.of(support.cell("Văn Miếu", 1), "1995-05-04", "", ""));

            String moved = csv.replace("Trần Văn Cũ", "Trần Văn Mới")
                    .replace("Chi bộ Tổ dân phố số 1", "Chi bộ Tổ dân phố số 4");
            upload(moved)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.updated").value(1));
            Member after = member(id);
            assertThat(after.version()).isEqualTo(created.version() + 1);
            assertThat(after.cellId()).isEqualTo(support.cell("Văn Miếu", 4));
            assertThat(after.cellName()).isEqualTo("Chi bộ Tổ dân phố số 4");
            String today = LocalDate.now(TimeConfiguration.ZONE).toString();
            assertThat(audits(id))
                    .containsExactly(
                            Map.of("action", "CREATE", "after", audited(created)),
                            Map.of("action", "UPDATE", "before", audited(created), "after", audited(after)));
            assertThat(stays(id))
                    .containsExactly(
                            List.of(support.cell("Văn Miếu", 1), "1995-05-04", today, ""),
                            List.of(support.cell("Văn Miếu", 4), today, "", "import"));

            upload(moved.replace("Trần Văn Mới", "Trần Văn Mới Hơn"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.updated").value(1));
            assertThat(audits(id)).hasSize(3);
            assertThat(stays(id)).as("a new name alone moves no one").hasSize(2);
            upload(moved.replace("Trần Văn Mới", "Trần Văn Mới Hơn"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.unchanged").value(1));
            assertThat(audits(id)).hasSize(3);
        } finally {
            // admitted in 1995, the member would count in the cell on every past day that other tests count
            forget(card);
        }
    }

    @Test
    void keepsNothingOfAFileWithOneBadRowNeitherNewMembersNorUpdatesStaysOrAuditRows() throws Exception {
        upload(HEADER + "Đỗ Văn Giữ,,,SET.0401,,,Chi bộ Tổ dân phố số 1,,,\n").andExpect(status().isOk());
        long kept = support.memberWithCard("SET.0401");
        Member before = member(kept);
        long audit = count("SELECT count(*) FROM audit_log");
        long stays = count("SELECT count(*) FROM member_cell_history");
        upload(HEADER
                        + "Đỗ Văn Đổi,,,SET.0401,,,Chi bộ Tổ dân phố số 2,,,\n"
                        + "Đỗ Văn Mới,,,SET.0402,,,Chi bộ Tổ dân phố số 3,,,\n"
                        + "Đỗ Văn Hỏng,,,SET.0403,,,Chi bộ Tổ dân phố số 3,,khong-phai-email,\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(4));
        assertThat(member(kept)).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM member WHERE party_card_no IN ('SET.0402', 'SET.0403')"))
                .isZero();
        assertThat(count("SELECT count(*) FROM audit_log")).isEqualTo(audit);
        assertThat(count("SELECT count(*) FROM member_cell_history")).isEqualTo(stays);
    }

    @Test
    void aStaffMemberOutsideTheCellsScopeGetsTheSameAnswerAsBefore() throws Exception {
        long outsider = support.plainMember("Quốc Tử Giám", 2);
        Member before = member(outsider);
        upload(HEADER
                        + "Kẻ Lạ,,,SET.0501,,," + support.cell("Quốc Tử Giám", 2) + ",,,\n"
                        + "Kẻ Lạ Hai,,," + before.partyCardNo() + ",,,Chi bộ Tổ dân phố số 1,,,\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("Chi bộ"))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].field").value("Số thẻ đảng viên"));
        assertThat(member(outsider)).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM member WHERE party_card_no = 'SET.0501'"))
                .isZero();
    }

    /**
     * Each import stages its rows in a table of its own session: one held open in its transaction does not see, nor
     * is seen by, another that runs and commits meanwhile; two in one transaction each start from an empty table.
     */
    @Test
    void twoImportsAtOnceEachWriteTheirOwnRowsOnly() throws Exception {
        var staff = support.actor("vanmieu.vanphong");
        var staged = new CountDownLatch(1);
        var other = new CountDownLatch(1);
        var executor = Executors.newSingleThreadExecutor();
        var first = executor.submit(() -> transaction.execute(status -> {
            var results = List.of(
                    roster.importRoster(
                            "a.csv", csv(HEADER + "Ngô Văn Một,,,SET.0701,,,Chi bộ Tổ dân phố số 1,,,\n"), staff),
                    roster.importRoster(
                            "b.csv", csv(HEADER + "Ngô Văn Hai,,,SET.0702,,,Chi bộ Tổ dân phố số 2,,,\n"), staff));
            staged.countDown();
            await(other);
            return results;
        }));
        await(staged);
        var second = roster.importRoster(
                "c.csv",
                csv(HEADER + "Ngô Văn Ba,,,SET.0703,,,Chi bộ Tổ dân phố số 3,,,\n"
                        + "Ngô Văn Bốn,,,SET.0704,,,Chi bộ Tổ dân phố số 3,,,\n"),
                staff);
        other.countDown();
        executor.shutdown();
        assertThat(second.created()).isEqualTo(2);
        assertThat(first.get(1, TimeUnit.MINUTES))
                .extracting(RosterImport.Result::created)
                .containsExactly(1, 1);
        assertThat(jdbc.sql("SELECT party_card_no FROM member WHERE party_card_no LIKE 'SET.07%' ORDER BY 1")
                        .query(String.class)
                        .list())
                .containsExactly("SET.0701", "SET.0702", "SET.0703", "SET.0704");
        assertThat(count("SELECT count(*) FROM audit_log a JOIN member m ON a.entity_id = m.id::text"
                        + " WHERE a.entity_type = 'Member' AND m.party_card_no LIKE 'SET.07%'"))
                .isEqualTo(4);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The SQL says MemberInput's annotations again; these values sit on the edges of its patterns and sizes. */
    @Test
    void findsWhatMemberInputsRulesFindValueByValue() {
        String[] names = {"A", "x".repeat(200), "x".repeat(201), "B", "C", "D", "E", "F"};
        String[] cards = {"AB/12-3.4", "A B", "Đ12", "C".repeat(30), "C".repeat(31), "a_b", "SET.0601", "SET.0602"};
        String[] phones = {
            "12345",
            "123456",
            "+84 (0) 912-345.678",
            "0912a45678",
            "1".repeat(20),
            "1".repeat(21),
            "091\t2345678",
            "(84)912.345"
        };
        String[] emails = {
            "a@b", "a@b.c", "a b@c.de", "a@b.c.", "a\tb@c.de", "x@y..z", "é@ü.vn", "a@b." + "c".repeat(197)
        };
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i < names.length; i++) {
            csv.append(String.join(
                            ",",
                            names[i],
                            "",
                            "",
                            cards[i],
                            "",
                            "",
                            "Chi bộ Tổ dân phố số 1",
                            phones[i],
                            emails[i],
                            ""))
                    .append('\n');
        }
        var found = errors(csv.toString());
        LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
        for (int i = 0; i < names.length; i++) {
            int row = i + 2;
            var input = new MemberInput(
                    names[i],
                    null,
                    null,
                    cards[i],
                    null,
                    null,
                    support.cell("Văn Miếu", 1),
                    phones[i],
                    emails[i],
                    null);
            assertThat(found.stream()
                            .filter(error -> error.row() == row)
                            .map(FieldError::message)
                            .toList())
                    .as("row %d: %s", row, input)
                    .isEqualTo(checks.problems(input, today).stream()
                            .map(FieldError::message)
                            .toList());
        }
    }

    private List<FieldError> errors(String csv) {
        try {
            roster.importRoster(
                    "roster.csv",
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    support.actor("vanmieu.vanphong"));
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("the file was imported");
    }

    private ResultActions upload(String csv) throws Exception {
        return mvc.perform(multipart("/api/v1/members/import")
                .file(new MockMultipartFile("file", "roster.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(support.as("vanmieu.vanphong"))
                .with(csrf()));
    }

    private Member member(long id) {
        return members.get(id, support.actor("admin"));
    }

    /** The member's audit rows in order: action, before (when there is one) and after, as jsonb writes them. */
    private List<Map<String, String>> audits(long id) {
        return jdbc.sql("SELECT action, before_value::text, after_value::text, actor FROM audit_log"
                        + " WHERE entity_type = 'Member' AND entity_id = :id ORDER BY id")
                .param("id", Long.toString(id))
                .query((rs, i) -> {
                    assertThat(rs.getString(4)).isEqualTo("vanmieu.vanphong");
                    return rs.getString(2) == null
                            ? Map.of("action", rs.getString(1), "after", rs.getString(3))
                            : Map.of("action", rs.getString(1), "before", rs.getString(2), "after", rs.getString(3));
                })
                .list();
    }

    /** The record as the row-by-row import wrote it: Jackson's JSON, as jsonb keeps it. */
    private String audited(Member member) {
        return normalized(json.writeValueAsString(member));
    }

    /** JSON text as PostgreSQL's jsonb writes it, so text written by Jackson compares equal to what was stored. */
    private String normalized(String jsonText) {
        return jdbc.sql("SELECT CAST(CAST(:json AS jsonb) AS text)")
                .param("json", jsonText)
                .query(String.class)
                .single();
    }

    /** The member's cell stays in order: cell, joined, left ("" when open), note ("" when none). */
    private List<List<Object>> stays(long id) {
        return jdbc.sql("SELECT cell_id, joined_on::text, coalesce(left_on::text, ''), coalesce(note, '')"
                        + " FROM member_cell_history WHERE member_id = :id ORDER BY id")
                .param("id", id)
                .query((rs, i) -> List.<Object>of(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private void forget(String card) {
        jdbc.sql(
                        "DELETE FROM member_cell_history WHERE member_id IN (SELECT id FROM member WHERE party_card_no = :card)")
                .param("card", card)
                .update();
        jdbc.sql("DELETE FROM member WHERE party_card_no = :card")
                .param("card", card)
                .update();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
