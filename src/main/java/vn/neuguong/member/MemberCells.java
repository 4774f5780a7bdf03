package vn.neuguong.member;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;

/**
 * The organizations of a scope that members are placed in, filtered by and hold posts in, read through the
 * organization module's SQL ({@link TreeSql}, {@link Scope}): this module never names the organization table.
 */
@Component
public class MemberCells {

    private static final String INDENTED = "repeat('· ', nlevel(c.path) - 1) || c.name AS path_names";

    private final JdbcClient jdbc;

    MemberCells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open cells inside a scope, with their ancestors' names, in tree order. */
    public List<MemberCell> cells(Scope scope) {
        return jdbc.sql("SELECT c.id, c.name, " + TreeSql.pathNames("c.id") + " AS path_names FROM "
                        + TreeSql.open("c") + " WHERE c.kind = 'CELL' AND " + scope.covers("c.path")
                        + " ORDER BY c.path")
                .query(MemberCell.class)
                .list();
    }

    /** The party organizations inside a scope that can hold members in their subtree (no units), for the list's filter. */
    List<MemberCell> units(Scope scope) {
        return jdbc.sql("SELECT c.id, c.name, " + INDENTED + " FROM " + TreeSql.open("c")
                        + " WHERE c.kind <> 'DEPARTMENT' AND " + TreeSql.partyKind("c.kind") + " AND "
                        + scope.covers("c.path") + " ORDER BY c.path")
                .query(MemberCell.class)
                .list();
    }

    /** The open organizations of a scope a post can be held in, committees and departments included. */
    List<MemberCell> postOrganizations(Scope scope) {
        return jdbc.sql("SELECT c.id, c.name, " + INDENTED + " FROM " + TreeSql.open("c") + " WHERE "
                        + scope.covers("c.path") + " ORDER BY c.path")
                .query(MemberCell.class)
                .list();
    }

    /** The open organizations of a scope a person's post can be held in: units and committees, no cells. */
    List<MemberCell> personPostOrganizations(Scope scope) {
        return jdbc.sql("SELECT c.id, c.name, " + INDENTED + " FROM " + TreeSql.open("c")
                        + " WHERE c.kind <> 'CELL' AND " + scope.covers("c.path") + " ORDER BY c.path")
                .query(MemberCell.class)
                .list();
    }

    /** Whether the id is an open cell of the scope. */
    boolean isCell(long id, Scope scope) {
        return count("c.id = :id AND c.kind = 'CELL'", id, scope) > 0;
    }

    /** Whether the id is an open cell anywhere, in the scope or not: a member may be hosted by any cell. */
    boolean isOpenCell(long id) {
        return jdbc.sql("SELECT count(*) FROM " + TreeSql.open("c") + " WHERE c.id = :id AND c.kind = 'CELL'")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether the id is an open organization of the scope, where a post can be held. */
    boolean isPostOrganization(long id, Scope scope) {
        return count("c.id = :id", id, scope) > 0;
    }

    /** Whether the scope has an open cell other than {@code cellId}, for a member to be transferred to. */
    boolean hasCellBesides(long cellId, Scope scope) {
        return count("c.id <> :id AND c.kind = 'CELL'", cellId, scope) > 0;
    }

    private long count(String condition, long id, Scope scope) {
        return jdbc.sql("SELECT count(*) FROM " + TreeSql.open("c") + " WHERE " + condition + " AND "
                        + scope.covers("c.path"))
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
