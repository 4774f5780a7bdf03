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

    /** How many organizations the members' filter lists before one types to search for the rest. */
    static final int FILTER_SIZE = 200;

    /** The kinds of organization the members' filter offers: the party's own that hold members below them. */
    private static final String UNIT = "c.kind <> 'DEPARTMENT' AND " + TreeSql.partyKind("c.kind");

    /**
     * The members' filter's organizations inside a scope, in tree order: the first {@link #FILTER_SIZE} and the one
     * chosen, if any, so a province's 9,000 or the country's 300,000 never fill the page; the picker finds the rest by
     * name ({@link #unitChoices}).
     */
    List<MemberCell> units(Scope scope, Long chosen) {
        return jdbc.sql("SELECT c.id, c.name, " + INDENTED + " FROM " + TreeSql.open("c") + " WHERE c.id IN ("
                        + TreeSql.filterChoices(UNIT + " AND " + scope.covers("c.path"), FILTER_SIZE, "chosen")
                        + ") ORDER BY c.path")
                .param("chosen", chosen == null ? 0L : chosen)
                .query(MemberCell.class)
                .list();
    }

    /** The filter's organizations of a scope whose name or code holds the text, at most 20, in tree order. */
    List<MemberCell> unitChoices(Scope scope, String text) {
        return jdbc.sql("SELECT c.id, c.name, " + TreeSql.pathNames("c.id") + " AS path_names FROM "
                        + TreeSql.open("c") + " WHERE " + UNIT + " AND " + scope.covers("c.path") + " AND "
                        + TreeSql.nameMatches("c.id", "text") + " ORDER BY c.path LIMIT 20")
                .param("text", text)
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
