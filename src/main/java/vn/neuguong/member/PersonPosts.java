package vn.neuguong.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.organization.UnitPeople;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;

/**
 * The non-party posts of persons. A post never overlaps the same post of the same person, and an organization has one
 * head on any day: both are checked under a lock per organization, taken before the person's row, so that two people
 * appointed head of one unit at once are told apart. A post is its own record: giving or ending one leaves the
 * person's version alone.
 */
@Component
class PersonPosts implements UnitPeople {

    private static final String COLUMNS = "pp.id, pp.person_id, pp.organization_id, "
            + TreeSql.name("pp.organization_id") + " AS organization_name, pp.title, pp.title_text, pp.started_on,"
            + " pp.ended_on";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PersonPosts(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's posts in organizations inside the scope or above it, current first. */
    List<PersonPost> of(long personId, Actor actor) {
        var scope = Scope.of(actor);
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_post pp WHERE pp.person_id = :person AND "
                        + scope.coversOrAbove("pp.organization_id")
                        + " ORDER BY pp.ended_on DESC NULLS FIRST, pp.started_on DESC, pp.id")
                .param("person", personId)
                .query(PersonPost.class)
                .list();
    }

    @Override
    public List<PostHolder> holders(long organizationId, LocalDate on) {
        return jdbc.sql("SELECT p.id AS person_id, p.full_name, pp.title, pp.title_text, pp.started_on"
                        + " FROM person_post pp JOIN person p ON p.id = pp.person_id WHERE pp.organization_id = :o"
                        + " AND pp.started_on <= :on AND (pp.ended_on IS NULL OR pp.ended_on >= :on)"
                        + " ORDER BY pp.title IN (:heads) DESC, p.full_name COLLATE vi_icu, pp.id")
                .param("o", organizationId)
                .param("on", on)
                .param("heads", heads())
                .query(PostHolder.class)
                .list();
    }

    /** Gives a person the actor may see a post. */
    @Transactional
    PersonPost add(long personId, PostInput post, Actor actor) {
        lockOrganization(post.organizationId());
        lockPerson(personId, actor);
        var errors = problems("", post, personId, actor);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return insert(personId, post);
    }

    /** Ends an open post on a day, no earlier than it started and not after today. */
    @Transactional
    PersonPost end(long personId, long postId, LocalDate endedOn, Actor actor) {
        lockOrganization(inScope(personId, postId, actor).organizationId());
        lockPerson(personId, actor);
        var before = inScope(personId, postId, actor);
        if (before.endedOn() != null) {
            throw new ConflictException("person.post.ended");
        }
        if (endedOn.isBefore(before.startedOn()) || endedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("endedOn", "person.post.endDate");
        }
        jdbc.sql("UPDATE person_post SET ended_on = :ended WHERE id = :id")
                .param("ended", endedOn)
                .param("id", postId)
                .update();
        var after = reload(postId);
        audit.updated("PersonPost", postId, after.organizationId(), before, after);
        return after;
    }

    /** Locks the person's row, after the organization's lock; 404 when the actor may not see the person. */
    private void lockPerson(long personId, Actor actor) {
        var scope = Scope.of(actor);
        jdbc.sql("SELECT p.id FROM person p WHERE p.id = :id AND " + Persons.visible(scope) + " FOR UPDATE OF p")
                .param("id", personId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Person", personId));
    }

    /** Serialises the changes of one organization's posts until the transaction ends. */
    void lockOrganization(Long organizationId) {
        if (organizationId != null) {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('person_post:' || :o, 0))")
                    .param("o", organizationId)
                    .query()
                    .singleRow();
        }
    }

    /**
     * What is wrong with a post for the person ({@code personId} null: a new person), each error on its field behind
     * {@code prefix}: the organization is an open one of the scope and no cell; a head is the head of a unit (a party
     * organization's leaders are its members' posts); the days are in order and not in the future; the post overlaps
     * neither the same post of the person nor another person's headship of the organization.
     */
    List<FieldError> problems(String prefix, PostInput post, Long personId, Actor actor) {
        var errors = new ArrayList<FieldError>();
        var kind = post.organizationId() == null ? Optional.<OrganizationKind>empty() : kindOf(post, actor);
        if (post.organizationId() != null && (kind.isEmpty() || kind.get() == OrganizationKind.CELL)) {
            errors.add(new FieldError(prefix + "organizationId", "person.post.organization"));
        } else if (kind.isPresent()
                && post.title() != null
                && post.title().head()
                && kind.get().party()) {
            errors.add(new FieldError(prefix + "title", "person.post.headOfParty"));
        }
        if (post.startedOn() != null && post.startedOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError(prefix + "startedOn", "member.date.future"));
        }
        if (post.startedOn() != null && post.endedOn() != null && post.endedOn().isBefore(post.startedOn())) {
            errors.add(new FieldError(prefix + "endedOn", "person.post.endsBeforeStart"));
        }
        if (errors.isEmpty() && post.title() != null && post.startedOn() != null) {
            if (personId != null && overlaps(personId, post, "pp.person_id = :person AND pp.title = :title")) {
                errors.add(new FieldError(prefix + "startedOn", "person.post.overlaps"));
            }
            if (post.title().head()) {
                headDuring(post, personId)
                        .ifPresent(name ->
                                errors.add(new FieldError(prefix + "title", "person.post.headTaken", null, name)));
            }
        }
        return errors;
    }

    PersonPost insert(long personId, PostInput post) {
        long id = jdbc.sql(
                        "INSERT INTO person_post (person_id, organization_id, title, title_text, started_on, ended_on)"
                                + " VALUES (:person, :o, :title, :text, :started, :ended) RETURNING id")
                .param("person", personId)
                .param("o", post.organizationId())
                .param("title", post.title().name())
                .param("text", post.wording())
                .param("started", post.startedOn())
                .param("ended", post.endedOn())
                .query(Long.class)
                .single();
        var created = reload(id);
        audit.created("PersonPost", id, created.organizationId(), created);
        return created;
    }

    /** The organization of the person's first post, which the audit rows of the person's changes belong to. */
    Long organizationOf(long personId) {
        return jdbc.sql("SELECT organization_id FROM person_post WHERE person_id = :p ORDER BY started_on, id LIMIT 1")
                .param("p", personId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private Optional<OrganizationKind> kindOf(PostInput post, Actor actor) {
        var scope = Scope.of(actor);
        return jdbc.sql("SELECT o.kind FROM " + TreeSql.open("o") + " WHERE o.id = :o AND " + scope.covers("o.path"))
                .param("o", post.organizationId())
                .query(OrganizationKind.class)
                .optional();
    }

    private boolean overlaps(long personId, PostInput post, String condition) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM person_post pp WHERE pp.organization_id = :o AND " + condition
                        + " AND " + DURING + ")")
                .param("o", post.organizationId())
                .param("person", personId)
                .param("title", post.title().name())
                .params(days(post))
                .query(Boolean.class)
                .single();
    }

    /** The name of another person who heads the organization on a day of the post, if any. */
    private Optional<String> headDuring(PostInput post, Long personId) {
        return jdbc.sql("SELECT p.full_name FROM person_post pp JOIN person p ON p.id = pp.person_id"
                        + " WHERE pp.organization_id = :o AND pp.title IN (:heads)"
                        + " AND pp.person_id IS DISTINCT FROM :person AND " + DURING
                        + " ORDER BY pp.started_on LIMIT 1")
                .param("o", post.organizationId())
                .param("heads", heads())
                .param("person", personId, java.sql.Types.BIGINT)
                .params(days(post))
                .query(String.class)
                .optional();
    }

    /** The post {@code pp} shares a day with the days {@code :from} to {@code :until} (null: open). */
    private static final String DURING = "pp.started_on <= COALESCE(CAST(:until AS date), 'infinity')"
            + " AND COALESCE(pp.ended_on, 'infinity') >= :from";

    private static java.util.Map<String, Object> days(PostInput post) {
        var days = new java.util.HashMap<String, Object>();
        days.put("from", post.startedOn());
        days.put("until", post.endedOn());
        return days;
    }

    private PersonPost inScope(long personId, long postId, Actor actor) {
        var scope = Scope.of(actor);
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_post pp WHERE pp.id = :id AND pp.person_id = :person AND "
                        + scope.coversOrganization("pp.organization_id"))
                .param("id", postId)
                .param("person", personId)
                .query(PersonPost.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("PersonPost", postId));
    }

    private PersonPost reload(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_post pp WHERE pp.id = :id")
                .param("id", id)
                .query(PersonPost.class)
                .single();
    }

    private static List<String> heads() {
        return java.util.Arrays.stream(PostTitle.values())
                .filter(PostTitle::head)
                .map(Enum::name)
                .toList();
    }
}
