package vn.neuguong;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.neuguong.ModuleSeams.Owners;
import vn.neuguong.ModuleSeams.Use;
import vn.neuguong.ModuleSeams.Violation;

/**
 * A module names only its own tables in SQL (docs/DESIGN.md, "Module seams"): it reads another module's data through
 * that module's API or the SQL fragments the owner publishes ({@code TreeSql}, {@code MemberSql}, ...), and never
 * writes another module's table. A table, a view or a function belongs to the module whose migration folder creates
 * it; the {@code platform} folder's tables are shared.
 */
class ModuleSeamsTests {

    private static final Owners OWNERS = Owners.fromMigrations(Path.of("src/main/resources/db/migration"));

    private static final Path SOURCES = Path.of("src/main/java/vn/neuguong");

    private static final Owners SMALL = new Owners(
            Map.of(
                    "organization", "organization",
                    "member", "member",
                    "obligation", "campaign",
                    "audit_log", "audit",
                    "shedlock", ModuleSeams.PLATFORM),
            Map.of("organization_label", "organization", "fold_vi", ModuleSeams.PLATFORM));

    @Test
    void noModuleWritesAnotherModulesTable() {
        List<Violation> writes = violations(Use.WRITES);
        assertThat(writes)
                .as("a module writes another module's table; call the owner's API instead:%n%s", lines(writes))
                .isEmpty();
    }

    @Test
    void noModuleNamesAnotherModulesTableInItsSql() {
        List<Violation> reads = ModuleSeams.scan(SOURCES, OWNERS).stream()
                .filter(v -> v.use() != Use.WRITES)
                .toList();
        assertThat(reads)
                .as(
                        "a module names another module's table or function in its SQL; use the owner's API or its"
                                + " ...Sql fragments:%n%s",
                        lines(reads))
                .isEmpty();
    }

    @Test
    void ownersComeFromTheMigrationFolders() {
        assertThat(OWNERS.tables())
                .containsEntry("organization", "organization")
                .containsEntry("organization_term_span", "organization")
                .containsEntry("member", "member")
                .containsEntry("account", "account")
                .containsEntry("audit_log", "audit")
                .containsEntry("document", "directive")
                .containsEntry("obligation", "campaign")
                .containsEntry("notification", "notification")
                .containsEntry("spring_session", ModuleSeams.PLATFORM)
                .containsEntry("event_publication", ModuleSeams.PLATFORM);
        assertThat(OWNERS.functions())
                .containsEntry("organization_label", "organization")
                .containsEntry("fold_vi", ModuleSeams.PLATFORM);
    }

    @Test
    void findsATableReadInATextBlock() {
        String source = """
                class Board {
                    String sql = \"""
                            SELECT ob.id, o.name
                              FROM obligation ob
                              JOIN organization o ON o.id = ob.organization_id
                            \""";
                }
                """;

        assertThat(found("campaign", source))
                .containsExactly("campaign Board.java: reads organization (owned by organization)");
    }

    @Test
    void findsTablesInACommaListAcrossJoinedLiterals() {
        String source = """
                class Board {
                    String sql = "SELECT 1 FROM obligation ob, (SELECT id FROM shedlock) s,"
                            + " organization o, member m WHERE o.id = ob.organization_id";
                }
                """;

        assertThat(found("campaign", source))
                .containsExactly(
                        "campaign Board.java: reads organization (owned by organization)",
                        "campaign Board.java: reads member (owned by member)");
    }

    @Test
    void findsWritesAndTellsThemFromLocks() {
        String source = """
                class Moves {
                    void move() {
                        jdbc.sql("INSERT INTO audit_log (kind) VALUES ('organization')").update();
                        jdbc.sql("UPDATE member SET organization_id = :to WHERE id = :id").update();
                        jdbc.sql("DELETE FROM obligation WHERE id = :id").update();
                        jdbc.sql("SELECT id FROM organization WHERE id = :id FOR UPDATE").query();
                    }
                }
                """;

        assertThat(found("account", source))
                .containsExactly(
                        "account Moves.java: writes audit_log (owned by audit)",
                        "account Moves.java: writes member (owned by member)",
                        "account Moves.java: writes obligation (owned by campaign)",
                        "account Moves.java: reads organization (owned by organization)");
    }

    @Test
    void findsAnotherModulesFunctionButNotTheSharedOnes() {
        String source = """
                class Labels {
                    String sql = "SELECT organization_label (m.organization_id), fold_vi(m.full_name) FROM member m";
                }
                """;

        assertThat(found("member", source))
                .containsExactly("member Labels.java: calls organization_label() (owned by organization)");
        assertThat(found("organization", source))
                .containsExactly("organization Labels.java: reads member (owned by member)");
    }

    @Test
    void ignoresCommentsColumnsConstantsAndSentences() {
        String source = """
                /** Reads FROM organization, see the JOIN member below. */
                class Quiet {
                    // SELECT * FROM organization
                    String sql = \"""
                            -- joins organization through TreeSql
                            SELECT m.organization_id, m.member_id, a.organization, EXTRACT(YEAR FROM m.born_on)
                              FROM campaign_member m /* FROM member */
                             WHERE a.kind = 'organization' AND m.id = :member
                             ORDER BY m.organization_id
                            \""";
                    String sentence = "Moved from organization to member";
                    char quote = '"';
                }
                """;

        assertThat(found("campaign", source)).isEmpty();
    }

    @Test
    void aModuleMayUseItsOwnTablesAndThePlatformTables() {
        String source = """
                class Locks {
                    String sql = "UPDATE shedlock SET lock_until = now() FROM organization o WHERE o.id = :id";
                }
                """;

        assertThat(found("organization", source)).isEmpty();
    }

    private static List<String> found(String module, String source) {
        String file = source.replaceAll("(?s).*?class (\\w+).*", "$1") + ".java";
        return ModuleSeams.violations(module, file, source, SMALL).stream()
                .map(Violation::toString)
                .toList();
    }

    private static List<Violation> violations(Use use) {
        return ModuleSeams.scan(SOURCES, OWNERS).stream()
                .filter(v -> v.use() == use)
                .toList();
    }

    private static String lines(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }
}
