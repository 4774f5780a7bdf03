package vn.neuguong.commendation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.NotFoundException;

/**
 * The forms of award and which level may give each (the table {@code commendation_authority}): read by every
 * nomination and decision, changed by an administrator, each change audited.
 */
@Component
@Transactional
class AwardForms {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AwardForms(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * A form of award.
     *
     * @param title what its certificate prints in large letters: "GIẤY KHEN"
     * @param levels the levels that may give it
     */
    record AwardForm(String code, String name, String title, List<AwardLevel> levels) {}

    /** Which levels may give a form, as an administrator sets it. */
    record Levels(
            @NotNull(message = "validation.required")
            @Size(max = 5, message = "validation.invalid")
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<@NotNull(message = "validation.required") AwardLevel> levels) {}

    @Transactional(readOnly = true)
    List<AwardForm> all() {
        return jdbc.sql("""
                        SELECT f.code, f.name, f.title,
                               coalesce(string_agg(a.level, ',' ORDER BY a.level), '') AS levels
                        FROM commendation_form f LEFT JOIN commendation_authority a ON a.form_code = f.code
                        GROUP BY f.code, f.name, f.title, f.position ORDER BY f.position
                        """)
                .query((rs, n) -> new AwardForm(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("title"),
                        levels(rs.getString("levels"))))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<AwardForm> find(String code) {
        return all().stream().filter(form -> form.code().equals(code)).findFirst();
    }

    /** Whether {@code level} may give the form {@code code}; false for a form that does not exist. */
    @Transactional(readOnly = true)
    boolean allowed(String code, AwardLevel level) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM commendation_authority WHERE form_code = :code AND level = :level)")
                .param("code", code)
                .param("level", level.name())
                .query(Boolean.class)
                .single();
    }

    /** Sets the levels that may give the form; an administrator's change, audited. */
    AwardForm change(String code, Levels input) {
        var before = find(code).orElseThrow(() -> new NotFoundException("AwardForm", code));
        jdbc.sql("DELETE FROM commendation_authority WHERE form_code = :code")
                .param("code", code)
                .update();
        for (var level : input.levels().stream().distinct().toList()) {
            jdbc.sql("INSERT INTO commendation_authority (level, form_code) VALUES (:level, :code)")
                    .param("level", level.name())
                    .param("code", code)
                    .update();
        }
        var after = find(code).orElseThrow();
        audit.updated("AwardForm", code, null, before, after);
        return after;
    }

    private static List<AwardLevel> levels(String joined) {
        return joined.isEmpty()
                ? List.of()
                : java.util.Arrays.stream(joined.split(","))
                        .map(AwardLevel::valueOf)
                        .sorted()
                        .toList();
    }
}
