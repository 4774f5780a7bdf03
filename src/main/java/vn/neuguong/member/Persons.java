package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * The persons who are not party members where they serve (heads and staff of the Front, the socio-political
 * organizations and the government, heads of residential groups, civil servants), kept with the posts they hold.
 * Staff see a person who holds or held a post inside their scope; anyone else is answered as if there were none.
 */
@Repository
public class Persons {

    static final String COLUMNS = "p.id, p.full_name, p.gender, p.birth_year, p.phone, p.email, p.member_id, p.version";
    static final String STALE = "person.version.stale";

    private final JdbcClient jdbc;
    private final PersonPosts posts;
    private final Members members;
    private final AuditLog audit;

    Persons(JdbcClient jdbc, PersonPosts posts, Members members, AuditLog audit) {
        this.jdbc = jdbc;
        this.posts = posts;
        this.members = members;
        this.audit = audit;
    }

    /** A person as the list shows them: with the posts held today inside the scope, joined by "; ". */
    public record PersonSummary(
            long id,
            String fullName,
            @Schema(nullable = true) Integer birthYear,
            @Schema(nullable = true) Long memberId,
            @Schema(nullable = true) String currentPosts) {}

    /** True when the person {@code p} holds or held a post inside the scope (always for an administrator). */
    static String visible(Scope scope) {
        return scope.unrestricted()
                ? "TRUE"
                : "EXISTS (SELECT 1 FROM person_post pv WHERE pv.person_id = p.id AND "
                        + scope.coversOrganization("pv.organization_id") + ")";
    }

    public Optional<Person> find(long id, Actor actor) {
        var scope = Scope.of(actor);
        return jdbc.sql("SELECT " + COLUMNS + " FROM person p WHERE p.id = :id AND " + visible(scope))
                .param("id", id)
                .query(Person.class)
                .optional();
    }

    public Person get(long id, Actor actor) {
        return find(id, actor).orElseThrow(() -> new NotFoundException("Person", id));
    }

    /**
     * A page of the persons the actor may see, in Vietnamese alphabetical order: {@code q} matches the name without
     * diacritics or case (as the member search does); {@code organizationId} keeps those with a post in its subtree.
     */
    public Page<PersonSummary> search(String q, Long organizationId, PageRequest request, Actor actor) {
        var scope = Scope.of(actor);
        var where = new StringBuilder(" WHERE ").append(visible(scope));
        var params = new HashMap<String, Object>();
        String text = PersonInput.trim(q);
        if (text != null) {
            where.append(" AND p.search_text LIKE '%' || fold_vi(:q) || '%'");
            params.put("q", Members.escapeLike(text));
        }
        if (organizationId != null) {
            where.append(" AND EXISTS (SELECT 1 FROM person_post pu WHERE pu.person_id = p.id AND ")
                    .append(TreeSql.within("pu.organization_id", ":unit"))
                    .append(")");
            params.put("unit", organizationId);
        }
        long total = jdbc.sql("SELECT count(*) FROM person p" + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT p.id, p.full_name, p.birth_year, p.member_id, (SELECT string_agg(pc.title_text"
                        + " || ' · ' || " + TreeSql.name("pc.organization_id") + ", '; ' ORDER BY pc.started_on)"
                        + " FROM person_post pc WHERE pc.person_id = p.id AND pc.ended_on IS NULL AND "
                        + scope.coversOrganization("pc.organization_id") + ") AS current_posts FROM person p" + where
                        + " ORDER BY p.full_name COLLATE vi_icu, p.id" + request.limitOffset())
                .params(params)
                .query(PersonSummary.class)
                .list();
        return Page.of(items, request, total);
    }

    /** Keeps a new person with the first post they hold, which must lie in the actor's scope. */
    @Transactional
    public Person create(PersonInput raw, Actor actor) {
        var input = raw.normalized();
        if (input.post() != null) {
            posts.lockOrganization(input.post().organizationId());
        }
        var errors = problems(input, actor);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = insert(input);
        var created = reload(id);
        audit.created("Person", id, input.post().organizationId(), created);
        posts.insert(id, input.post());
        return created;
    }

    /**
     * What is wrong with a new person beyond the annotations: the member named, and the first post (required), each
     * on its field ({@code post.title}); a page and the API report them beside the annotations' findings.
     */
    List<FieldError> problems(PersonInput input, Actor actor) {
        var errors = new ArrayList<FieldError>();
        memberProblem(input.memberId(), null, actor).ifPresent(errors::add);
        if (input.post() == null) {
            errors.add(new FieldError("post.organizationId", "validation.required"));
        } else {
            errors.addAll(posts.problems("post.", input.post(), null, actor));
        }
        return errors;
    }

    /** Changes a person's details, made only on the version its author read (409 otherwise); posts stay. */
    @Transactional
    public Person update(long id, int version, PersonInput raw, Actor actor) {
        var before = lock(id, actor);
        if (before.version() != version) {
            throw new ConflictException(STALE);
        }
        var input = raw.normalized();
        var problem = memberProblem(input.memberId(), id, actor);
        if (problem.isPresent()) {
            throw new InvalidInputException(List.of(problem.get()));
        }
        try {
            jdbc.sql("UPDATE person SET full_name = :fullName, gender = :gender, birth_year = :birthYear,"
                            + " phone = :phone, email = :email, member_id = :memberId, version = version + 1"
                            + " WHERE id = :id")
                    .params(columns(input))
                    .param("id", id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("memberId", "person.member.taken");
        }
        var after = reload(id);
        audit.updated("Person", id, posts.organizationOf(id), before, after);
        return after;
    }

    /**
     * The id of the member the actor may read who holds this party card number: the form asks for the card people
     * know, never for an id; empty when there is none, whichever the reason.
     */
    Optional<Long> memberByCard(String card, Actor actor) {
        var access = MemberAccess.of(actor);
        return jdbc.sql("SELECT m.id FROM member m WHERE m.party_card_no = :card AND " + access.readable())
                .param("card", card.strip())
                .params(access.parameters())
                .query(Long.class)
                .optional();
    }

    /** The party card number of the member the person is, as the actor may read it; for the form. */
    Optional<String> cardOf(Person person, Actor actor) {
        return person.memberId() == null
                ? Optional.empty()
                : members.find(person.memberId(), actor).map(Member::partyCardNo);
    }

    /** The person locked for the rest of the transaction, if the actor may see them; otherwise 404. */
    Person lock(long id, Actor actor) {
        var scope = Scope.of(actor);
        return jdbc.sql("SELECT " + COLUMNS + " FROM person p WHERE p.id = :id AND " + visible(scope) + " FOR UPDATE")
                .param("id", id)
                .query(Person.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Person", id));
    }

    private Person reload(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person p WHERE p.id = :id")
                .param("id", id)
                .query(Person.class)
                .single();
    }

    private long insert(PersonInput input) {
        try {
            return jdbc.sql("INSERT INTO person (full_name, gender, birth_year, phone, email, member_id)"
                            + " VALUES (:fullName, :gender, :birthYear, :phone, :email, :memberId) RETURNING id")
                    .params(columns(input))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("memberId", "person.member.taken");
        }
    }

    /**
     * Why the member cannot be named: not one the actor may read, or already kept as another person. Both say
     * nothing of members outside the scope.
     */
    private Optional<FieldError> memberProblem(Long memberId, Long except, Actor actor) {
        if (memberId == null) {
            return Optional.empty();
        }
        if (members.find(memberId, actor).isEmpty()) {
            return Optional.of(new FieldError("memberId", "person.member.notFound"));
        }
        boolean taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM person WHERE member_id = :m AND id IS DISTINCT FROM :e)")
                .param("m", memberId)
                .param("e", except, java.sql.Types.BIGINT)
                .query(Boolean.class)
                .single();
        return taken ? Optional.of(new FieldError("memberId", "person.member.taken")) : Optional.empty();
    }

    private static Map<String, Object> columns(PersonInput input) {
        var columns = new HashMap<String, Object>();
        columns.put("fullName", input.fullName());
        columns.put("gender", input.gender() == null ? null : input.gender().name());
        columns.put("birthYear", input.birthYear());
        columns.put("phone", input.phone());
        columns.put("email", input.email());
        columns.put("memberId", input.memberId());
        return columns;
    }
}
