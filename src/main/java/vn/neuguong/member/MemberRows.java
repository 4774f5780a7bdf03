package vn.neuguong.member;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.NotFoundException;

/**
 * The member row as the module reads it, with its cell's name from the organization module's SQL, and the lock a
 * change takes on it first. A change names the version its author read: a row changed since answers 409.
 */
@Component
class MemberRows {

    static final String COLUMNS = "m.id, m.full_name, m.birth_date, m.gender, m.party_card_no, m.admitted_on, "
            + "m.official_on, m.cell_id, " + TreeSql.name("m.cell_id") + " AS cell_name, m.phone, m.email, m.status, "
            + "m.version";
    static final DataClassRowMapper<Member> MAPPER = new DataClassRowMapper<>(Member.class);

    /** The message of a change made on a version someone else has changed since. */
    static final String STALE = "member.version.stale";

    private final JdbcClient jdbc;

    MemberRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The member locked for the rest of the transaction, if the actor may change it; otherwise 404. */
    Member lock(long id, Actor actor) {
        var access = MemberAccess.of(actor);
        return jdbc.sql("SELECT " + COLUMNS + " FROM member m WHERE m.id = :id AND " + access.writable()
                        + " FOR UPDATE OF m")
                .param("id", id)
                .params(access.parameters())
                .query(MAPPER)
                .optional()
                .orElseThrow(() -> new NotFoundException("Member", id));
    }

    /** The member locked as {@link #lock} does, provided it is still at the version its author read. */
    Member lock(long id, int version, Actor actor) {
        var member = lock(id, actor);
        if (member.version() != version) {
            throw new ConflictException(STALE);
        }
        return member;
    }

    Member reload(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member m WHERE m.id = :id")
                .param("id", id)
                .query(MAPPER)
                .single();
    }
}
