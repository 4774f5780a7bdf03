package vn.neuguong.account;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.account.Accounts.Grant;
import vn.neuguong.account.Accounts.NewAccount;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Role;

/**
 * One demo account per role, all with the password {@value #PASSWORD} (listed in the README). Organizations and
 * members are found through the fragments their modules publish ({@link TreeSql}, {@link MemberSql}).
 */
@Component
@Profile("seed")
@Order(30)
class AccountDemoData implements DemoDataRunner {

    static final String PASSWORD = "NeuGuong@2024";

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;

    AccountDemoData(Accounts accounts, JdbcClient jdbc, PasswordEncoder encoder, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists("admin")) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        String hash = encoder.encode(PASSWORD);
        long hanoi = organization("Thành ủy Hà Nội");
        long dongDa = organization("Quận ủy Đống Đa");
        long vanMieu = organization("Đảng ủy phường Văn Miếu");
        long quocTuGiam = organization("Đảng ủy phường Quốc Tử Giám");
        long boDe = organization("Đảng ủy phường Bồ Đề");
        long kimLienFront = organization("Ủy ban MTTQ Việt Nam phường Kim Liên");
        long cell = organization("Chi bộ Tổ dân phố số 1", vanMieu);
        List<Long> cellMembers = jdbc.sql(MemberSql.idsInCell(":cell") + " LIMIT 2")
                .param("cell", cell)
                .query(Long.class)
                .list();
        Long secretaryMember = cellMembers.isEmpty() ? null : cellMembers.get(0);
        Long plainMember = cellMembers.size() < 2 ? null : cellMembers.get(1);

        create("admin", "Quản trị hệ thống", null, List.of(new Grant(Role.ADMIN, null)), hash);
        create("hanoi.tuyengiao", "Ban Tuyên giáo Thành ủy Hà Nội", null, List.of(new Grant(Role.STAFF, hanoi)), hash);
        create(
                "dongda.tuyengiao",
                "Ban Tuyên giáo Quận ủy Đống Đa",
                null,
                List.of(new Grant(Role.STAFF, dongDa)),
                hash);
        create(
                "vanmieu.vanphong",
                "Văn phòng Đảng ủy phường Văn Miếu",
                null,
                List.of(new Grant(Role.STAFF, vanMieu)),
                hash);
        create(
                "quoctugiam.vanphong",
                "Văn phòng Đảng ủy phường Quốc Tử Giám",
                null,
                List.of(new Grant(Role.STAFF, quocTuGiam)),
                hash);
        create("bode.vanphong", "Văn phòng Đảng ủy phường Bồ Đề", null, List.of(new Grant(Role.STAFF, boDe)), hash);
        // a unit the ward committee leads: its staff act on the unit alone, with the staff role scoped to it
        create(
                "kimlien.mttq",
                "Văn phòng Ủy ban MTTQ phường Kim Liên",
                null,
                List.of(new Grant(Role.STAFF, kimLienFront)),
                hash);
        create(
                "bithu.vanmieu1",
                "Bí thư Chi bộ Tổ dân phố số 1",
                secretaryMember,
                List.of(new Grant(Role.SECRETARY, cell), new Grant(Role.MEMBER, null)),
                hash);
        create(
                "dangvien.vanmieu1",
                "Đảng viên Chi bộ Tổ dân phố số 1",
                plainMember,
                List.of(new Grant(Role.MEMBER, null)),
                hash);
    }

    private long organization(String name) {
        return organization(name, null);
    }

    private long organization(String name, Long parentId) {
        return jdbc.sql("SELECT " + TreeSql.openNamed(":name", "CAST(:parent AS bigint)"))
                .param("name", name)
                .param("parent", parentId)
                .query(Long.class)
                .single();
    }

    private void create(String username, String displayName, Long memberId, List<Grant> grants, String hash) {
        accounts.create(new NewAccount(username, displayName, null, memberId, grants), hash);
    }
}
