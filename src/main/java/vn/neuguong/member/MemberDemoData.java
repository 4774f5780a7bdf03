package vn.neuguong.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.member.MemberPosition.Title;
import vn.neuguong.member.roster.RosterImport;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.Role;

/**
 * Party members for every demo cell: 8 to 25 each, with Vietnamese names drawn from a fixed seed, so every run
 * makes the same roster. The first member of each cell is its secretary; the leaders named in the seed articles
 * sit in cells of their districts and hold their posts in the committees. Nothing is loaded when members exist.
 */
@Component
@Profile("seed")
@Order(20)
class MemberDemoData implements DemoDataRunner {

    static final LocalDate TERM_START = LocalDate.of(2020, 10, 1);
    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    static final List<String> FAMILY = List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    static final List<String> MALE_MIDDLE = List.of("Văn", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Mạnh", "Xuân");
    static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thu", "Minh", "Thanh", "Ngọc", "Thị", "Phương");
    static final List<String> MALE_GIVEN = List.of(
            "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Nam", "Quang", "Sơn", "Tuấn", "Long", "Khánh", "Thắng");
    static final List<String> FEMALE_GIVEN =
            List.of("Hà", "Hạnh", "Hoa", "Lan", "Linh", "Mai", "Nga", "Phương", "Thảo", "Trang", "Hương", "Yến");

    /** A leader of the seed articles, the cell they belong to, and the posts they hold. */
    record Leader(String name, MemberGender gender, String ward, String cell, List<Post> posts) {}

    /** A post from the day its committee's congress closed (the demo's congress dates, README "Demo data"). */
    record Post(String organization, Title title, String note) {

        LocalDate since() {
            return switch (organization) {
                case "Thành ủy Hà Nội" -> LocalDate.of(2020, 10, 16);
                case "Quận ủy Đống Đa" -> LocalDate.of(2020, 8, 6);
                case "Quận ủy Long Biên", "Ban Tuyên giáo Quận ủy Long Biên" -> LocalDate.of(2020, 8, 13);
                case "Quận ủy Thanh Xuân" -> LocalDate.of(2020, 8, 20);
                default -> TERM_START;
            };
        }
    }

    static final List<Leader> LEADERS = List.of(
            new Leader(
                    "Đinh Trường Thọ",
                    MemberGender.MALE,
                    "Đảng ủy phường Quang Trung",
                    "Chi bộ Tổ dân phố số 1",
                    List.of(
                            new Post("Quận ủy Đống Đa", Title.SECRETARY, "Bí thư Quận ủy"),
                            new Post("Thành ủy Hà Nội", Title.COMMITTEE_MEMBER, "Thành ủy viên"))),
            new Leader(
                    "Nguyễn Anh Cường",
                    MemberGender.MALE,
                    "Đảng ủy phường Láng Hạ",
                    "Chi bộ Tổ dân phố số 2",
                    List.of(
                            new Post(
                                    "Quận ủy Đống Đa",
                                    Title.STANDING_DEPUTY_SECRETARY,
                                    "Phó Bí thư Thường trực Quận ủy"),
                            new Post("Quận ủy Đống Đa", Title.CHAIR_PEOPLES_COUNCIL, "Chủ tịch HĐND quận Đống Đa"))),
            new Leader(
                    "Bùi Huyền Mai",
                    MemberGender.FEMALE,
                    "Đảng ủy phường Nhân Chính",
                    "Chi bộ Tổ dân phố số 1",
                    List.of(
                            new Post("Quận ủy Thanh Xuân", Title.SECRETARY, "Bí thư Quận ủy"),
                            new Post(
                                    "Thành ủy Hà Nội",
                                    Title.STANDING_COMMITTEE_MEMBER,
                                    "Ủy viên Ban Thường vụ Thành ủy"))),
            new Leader(
                    "Ngô Mạnh Điềm",
                    MemberGender.MALE,
                    "Đảng ủy phường Bồ Đề",
                    "Chi bộ Tổ dân phố số 2",
                    List.of(new Post(
                            "Quận ủy Long Biên", Title.STANDING_DEPUTY_SECRETARY, "Phó Bí thư Thường trực Quận ủy"))),
            new Leader(
                    "Nguyễn Thế Thạch",
                    MemberGender.MALE,
                    "Đảng ủy phường Ngọc Lâm",
                    "Chi bộ Tổ dân phố số 1",
                    List.of(
                            new Post(
                                    "Quận ủy Long Biên",
                                    Title.STANDING_COMMITTEE_MEMBER,
                                    "Ủy viên Ban Thường vụ Quận ủy"),
                            new Post(
                                    "Ban Tuyên giáo Quận ủy Long Biên",
                                    Title.HEAD_OF_DEPARTMENT,
                                    "Trưởng ban Tuyên giáo Quận ủy"))));

    static final Actor SYSTEM = new Actor(0, "system", "system", Set.of(Role.ADMIN), List.of(), List.of(), null);

    private final RosterImport roster;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    MemberDemoData(RosterImport roster, JdbcClient jdbc, AuditLog audit, TransactionTemplate transaction) {
        this.roster = roster;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM member").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
    }

    private record CellRow(long id, String name, String ward) {}

    private void load() {
        var cells = jdbc.sql("SELECT c.id, c.name, " + TreeSql.name("c.parent_id") + " AS ward FROM "
                        + TreeSql.open("c") + " WHERE c.kind = 'CELL' ORDER BY c.path")
                .query(CellRow.class)
                .list();
        var random = new Random(20240601L);
        var inputs = new ArrayList<MemberInput>();
        var secretaries = new ArrayList<String>();
        int serial = 0;
        for (var cell : cells) {
            int size = 8 + random.nextInt(18);
            for (int i = 0; i < size; i++) {
                serial++;
                String card = "%02d.%06d".formatted(1, serial);
                boolean namedAn = cell.ward().equals("Đảng ủy phường Văn Miếu")
                        && cell.name().equals("Chi bộ Tổ dân phố số 1")
                        && i == 1;
                var input = person(random, card, cell.id(), i == 0, namedAn ? "Nguyễn Văn An" : null);
                inputs.add(input);
                if (i == 0) {
                    secretaries.add(card);
                }
            }
        }
        for (var leader : LEADERS) {
            serial++;
            long cell = cellOf(leader.ward(), leader.cell());
            var born = LocalDate.of(1968 + leader.name().length() % 7, 3 + serial % 9, 1 + serial % 27);
            inputs.add(new MemberInput(
                    leader.name(),
                    born,
                    leader.gender(),
                    "%02d.%06d".formatted(1, 900000 + serial),
                    born.plusYears(24),
                    born.plusYears(25),
                    cell,
                    null,
                    null,
                    MemberStatus.ACTIVE));
        }
        roster.load(inputs, SYSTEM);
        for (String card : secretaries) {
            var member = jdbc.sql("SELECT id, cell_id FROM member WHERE party_card_no = :card")
                    .param("card", card)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            hold(member[0], member[1], Title.SECRETARY, "Bí thư Chi bộ", TERM_START);
        }
        for (var leader : LEADERS) {
            long member = jdbc.sql("SELECT id FROM member WHERE full_name = :name ORDER BY id DESC LIMIT 1")
                    .param("name", leader.name())
                    .query(Long.class)
                    .single();
            for (var post : leader.posts()) {
                long organization = jdbc.sql("SELECT o.id FROM " + TreeSql.open("o") + " WHERE o.name = :name")
                        .param("name", post.organization())
                        .query(Long.class)
                        .single();
                hold(member, organization, post.title(), post.note(), post.since());
            }
        }
        // Bồ Đề's ward committee has a Bí thư from its 2020 congress (article 001 names no one): an active member of
        // its cell no. 1 who is not the cell's secretary, so that the leaders' plans of 2022 have their author.
        long boDeCell = cellOf("Đảng ủy phường Bồ Đề", "Chi bộ Tổ dân phố số 1");
        long boDeSecretary = jdbc.sql("SELECT id FROM member WHERE cell_id = :cell AND status = 'ACTIVE'"
                        + " ORDER BY id OFFSET 1 LIMIT 1")
                .param("cell", boDeCell)
                .query(Long.class)
                .single();
        long boDe = jdbc.sql("SELECT parent_id FROM " + TreeSql.open("o") + " WHERE o.id = :cell")
                .param("cell", boDeCell)
                .query(Long.class)
                .single();
        hold(boDeSecretary, boDe, Title.SECRETARY, "Bí thư Đảng ủy phường Bồ Đề", LocalDate.of(2020, 6, 11));
    }

    private MemberInput person(Random random, String card, long cellId, boolean senior, String fixedName) {
        boolean female = random.nextInt(100) < 45;
        String name = fixedName != null
                ? fixedName
                : pick(random, FAMILY) + " " + pick(random, female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
                        + pick(random, female ? FEMALE_GIVEN : MALE_GIVEN);
        if (fixedName != null) {
            female = false;
        }
        int age = senior ? 45 + random.nextInt(20) : 22 + random.nextInt(55);
        var born = TODAY.minusYears(age).minusDays(random.nextInt(365));
        var admitted = born.plusYears(18 + random.nextInt(Math.max(1, Math.min(age - 19, 25))))
                .plusDays(random.nextInt(200));
        if (admitted.isAfter(TODAY)) {
            admitted = TODAY.minusMonths(6);
        }
        var official = admitted.plusYears(1);
        int fate = random.nextInt(100);
        var status = senior || fixedName != null || fate >= 4
                ? MemberStatus.ACTIVE
                : fate < 2 ? MemberStatus.TRANSFERRED_OUT : fate < 3 ? MemberStatus.DECEASED : MemberStatus.REMOVED;
        String phone = "09%08d".formatted(random.nextInt(100_000_000));
        return new MemberInput(
                name,
                born,
                female ? MemberGender.FEMALE : MemberGender.MALE,
                card,
                admitted,
                official.isAfter(TODAY) ? null : official,
                cellId,
                phone,
                random.nextInt(3) == 0 ? "dv" + card.replace(".", "") + "@hanoi.dcs.vn" : null,
                status);
    }

    private long cellOf(String ward, String cell) {
        return jdbc.sql("SELECT c.id FROM " + TreeSql.open("c") + " WHERE c.name = :cell AND "
                        + TreeSql.name("c.parent_id") + " = :ward")
                .param("ward", ward)
                .param("cell", cell)
                .query(Long.class)
                .single();
    }

    private void hold(long member, long organization, Title title, String note, LocalDate since) {
        long id = jdbc.sql("""
                        INSERT INTO member_position (member_id, organization_id, title, note, started_on)
                        VALUES (:member, :organization, :title, :note, :started) RETURNING id
                        """)
                .param("member", member)
                .param("organization", organization)
                .param("title", title.name())
                .param("note", note)
                .param("started", since)
                .query(Long.class)
                .single();
        audit.created(
                "MemberPosition",
                id,
                organization,
                java.util.Map.of("memberId", member, "title", title.name(), "note", note));
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
