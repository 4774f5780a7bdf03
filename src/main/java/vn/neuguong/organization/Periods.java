package vn.neuguong.organization;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.AuditLog;

/**
 * The rows a structure change writes once its rules have been checked: the organizations' periods and paths (the
 * members' stays in cells and their positions go through {@link CellMembership}). A period is closed on the effective date and the next one opens on it, so the tree
 * reads the same for every day before the change and differently from it on. Audit rows go with every write.
 */
@Component
class Periods {

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final CellMembership membership;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Periods(
            JdbcClient jdbc,
            Organizations organizations,
            CellMembership membership,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.membership = membership;
        this.audit = audit;
        this.events = events;
    }

    /** The start of the latest current period of the organization, or of anything in its subtree. */
    LocalDate lastChange(Organization organization, boolean withSubtree) {
        return jdbc.sql("SELECT max(p.valid_from) FROM organization_period p JOIN organization o "
                        + "ON o.id = p.organization_id WHERE p.valid_to IS NULL AND "
                        + (withSubtree ? "o.path <@ CAST(:path AS ltree)" : "o.id = :id"))
                .param("path", organization.path())
                .param("id", organization.id())
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    /** A new name and code from the date on; the place in the tree stays. */
    void rename(long id, String name, String code, LocalDate on) {
        jdbc.sql("""
                        WITH closed AS (
                            UPDATE organization_period SET valid_to = :on
                             WHERE organization_id = :id AND valid_to IS NULL
                            RETURNING organization_id, parent_id, path, level_label)
                        INSERT INTO organization_period (organization_id, parent_id, path, name, code, level_label,
                                                         valid_from, change_kind)
                        SELECT organization_id, parent_id, path, :name, :code, level_label, :on, 'RENAME' FROM closed
                        """)
                .param("id", id)
                .param("on", on)
                .param("name", name)
                .param("code", code)
                .update();
        jdbc.sql("UPDATE organization SET name = :name, code = :code, version = version + 1 WHERE id = :id")
                .param("id", id)
                .param("name", name)
                .param("code", code)
                .update();
    }

    /** Corrects level label, code and address in place: the current period is fixed, not followed by a new one. */
    void correct(long id, String levelLabel, String code, String address) {
        jdbc.sql("""
                        UPDATE organization SET level_label = :level, code = :code, address = :address,
                               version = version + 1
                         WHERE id = :id
                        """)
                .param("id", id)
                .param("level", levelLabel)
                .param("code", code)
                .param("address", address)
                .update();
        jdbc.sql("UPDATE organization_period SET level_label = :level, code = :code "
                        + "WHERE organization_id = :id AND valid_to IS NULL")
                .param("id", id)
                .param("level", levelLabel)
                .param("code", code)
                .update();
    }

    /**
     * Re-hangs the organization and its whole subtree under a new parent: closes the current periods of the subtree
     * and opens new ones with the new paths, then rewrites {@code organization.path} with one ltree update.
     */
    void relocate(Organization organization, Organization parent, LocalDate on, String changeKind) {
        jdbc.sql("""
                        WITH closed AS (
                            UPDATE organization_period p SET valid_to = :on
                              FROM organization o
                             WHERE o.id = p.organization_id AND p.valid_to IS NULL
                               AND o.path <@ CAST(:old AS ltree)
                            RETURNING p.organization_id, p.parent_id, o.path, p.name, p.code, p.level_label)
                        INSERT INTO organization_period (organization_id, parent_id, path, name, code, level_label,
                                                         valid_from, change_kind)
                        SELECT organization_id,
                               CASE WHEN organization_id = :id THEN :parent ELSE parent_id END,
                               CAST(:parentPath AS ltree) || subpath(path, nlevel(CAST(:old AS ltree)) - 1),
                               name, code, level_label, :on, :kind
                          FROM closed
                        """)
                .param("on", on)
                .param("old", organization.path())
                .param("id", organization.id())
                .param("parent", parent.id())
                .param("parentPath", parent.path())
                .param("kind", changeKind)
                .update();
        jdbc.sql("""
                        UPDATE organization
                           SET path = CAST(:parentPath AS ltree) || subpath(path, nlevel(CAST(:old AS ltree)) - 1),
                               parent_id = CASE WHEN id = :id THEN :parent ELSE parent_id END,
                               version = version + 1
                         WHERE path <@ CAST(:old AS ltree)
                        """)
                .param("old", organization.path())
                .param("id", organization.id())
                .param("parent", parent.id())
                .param("parentPath", parent.path())
                .update();
        audit.updated(
                StructureChanges.ENTITY, organization.id(), organization.id(), organization, reload(organization.id()));
    }

    /**
     * Ends the organization's current period and its officers' positions on the date; with a successor, tells the
     * other modules ({@link OrganizationSucceeded}) in the same transaction.
     */
    void close(Organization organization, LocalDate on, Long successorId) {
        jdbc.sql("UPDATE organization_period SET valid_to = :on WHERE organization_id = :id AND valid_to IS NULL")
                .param("on", on)
                .param("id", organization.id())
                .update();
        jdbc.sql("""
                        UPDATE organization SET closed_on = :on, successor_id = :successor, version = version + 1
                         WHERE id = :id
                        """)
                .param("on", on)
                .param("successor", successorId)
                .param("id", organization.id())
                .update();
        membership.endPositions(organization.id(), on);
        audit.updated(
                StructureChanges.ENTITY, organization.id(), organization.id(), organization, reload(organization.id()));
        if (successorId != null) {
            events.publishEvent(new OrganizationSucceeded(organization.id(), successorId, on));
        }
    }

    private Organization reload(long id) {
        return organizations.find(id, Scope.everything()).orElseThrow();
    }
}
