package vn.neuguong.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.member.MemberSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FileStorage;
import vn.neuguong.web.TimeConfiguration;
import vn.neuguong.web.UploadedFiles;

/**
 * The preparation of a thematic cell meeting: the host's staff (the cell's secretary) assign members of the cell to
 * prepare content by a due day and see what is in; each member reads and hands in only his own assignments (404 for
 * anyone else's). A refused hand-in keeps nothing, not even the file.
 */
@Component
class Preparations {

    /** The largest file a member may hand in. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    static final int MAX_TEXT = 20_000;

    /** The types a preparation may be uploaded as. */
    static final Set<String> TYPES = Set.of(UploadedFiles.PDF, UploadedFiles.DOCX, "image/png", "image/jpeg");

    private static final String SELECT = "SELECT p.id, p.meeting_id, m.title AS meeting_title,"
            + " m.starts_at AS meeting_starts_at, m.host_id AS cell_id, p.member_id, "
            + MemberSql.fullName("p.member_id") + " AS member_name, p.title, p.due_on, " + Preparation.status("p")
            + " AS status, p.content_text, p.file_name, p.file_type, p.file_size, p.submitted_at, p.version"
            + " FROM meeting_preparation p JOIN meeting m ON m.id = p.meeting_id";

    record Stored(String name, String type, long size, String key) {}

    /** What a member hands in: a text (null keeps the one there) and perhaps a file. */
    record Upload(String filename, java.io.InputStream content) {}

    private final JdbcClient jdbc;
    private final MeetingPlans plans;
    private final Meetings meetings;
    private final FileStorage storage;
    private final AuditLog audit;
    private final Clock clock;

    Preparations(
            JdbcClient jdbc, MeetingPlans plans, Meetings meetings, FileStorage storage, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.meetings = meetings;
        this.storage = storage;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Preparation assign(long meetingId, Preparation.Form form, Actor actor) {
        var meeting = plans.lockManaged(meetingId, Viewer.of(actor));
        if (meeting.kind() != Meeting.Kind.CELL_THEMATIC) {
            throw new ConflictException("meeting.preparation.notThematic");
        }
        meeting.requirePlanned();
        var errors = new ArrayList<FieldError>();
        var today = LocalDate.now(clock);
        if (form.memberId() != null
                && !jdbc.sql("SELECT CAST(:member AS bigint) IN (" + MemberSql.idsInCell(":cell") + ")")
                        .param("member", form.memberId())
                        .param("cell", meeting.hostId())
                        .query(Boolean.class)
                        .single()) {
            errors.add(new FieldError("memberId", "meeting.preparation.member.notInCell"));
        }
        if (form.dueOn() != null && form.dueOn().isBefore(today)) {
            errors.add(new FieldError("dueOn", "meeting.preparation.dueOn.past"));
        } else if (form.dueOn() != null
                && form.dueOn()
                        .isAfter(meeting.startsAt()
                                .atZoneSameInstant(TimeConfiguration.ZONE)
                                .toLocalDate())) {
            errors.add(new FieldError("dueOn", "meeting.preparation.dueOn.afterMeeting"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("INSERT INTO meeting_preparation (meeting_id, member_id, title, due_on, assigned_by)"
                        + " VALUES (:meeting, :member, :title, :due, :by) RETURNING id")
                .param("meeting", meetingId)
                .param("member", form.memberId())
                .param("title", form.title().strip())
                .param("due", form.dueOn())
                .param("by", actor.username())
                .query(Long.class)
                .single();
        var created = find("p.id = :id", Map.of("id", id)).orElseThrow();
        audit.created("MeetingPreparation", id, meeting.hostId(), created);
        return created;
    }

    /** The assignments of a meeting, for those who manage it (404 for anyone else), soonest due first. */
    Page<Preparation> of(long meetingId, Actor actor, PageRequest request) {
        var viewer = Viewer.of(actor);
        meetings.get(meetingId, viewer);
        if (!meetings.manages(meetingId, viewer)) {
            throw new NotFoundException("Meeting", meetingId);
        }
        return page("p.meeting_id = :meeting", Map.of("meeting", meetingId), request);
    }

    /** The member's own assignments, soonest due first. */
    Page<Preparation> mine(Actor actor, PageRequest request) {
        if (actor.memberId() == null) {
            return Page.of(java.util.List.of(), request, 0);
        }
        return page("p.member_id = :member", Map.of("member", actor.memberId()), request);
    }

    /** One assignment: the member's own, or one of a meeting the actor manages; 404 otherwise. */
    Preparation get(long id, Actor actor) {
        var viewer = Viewer.of(actor);
        var parameters = new HashMap<String, Object>(viewer.parameters());
        parameters.put("id", id);
        parameters.put("self", actor.memberId());
        return find("p.id = :id AND (p.member_id = CAST(:self AS bigint) OR " + viewer.manages("m") + ")", parameters)
                .orElseThrow(() -> new NotFoundException("MeetingPreparation", id));
    }

    /** The member hands in his own assignment as read at {@code version}: a text, a file, or both. */
    @Transactional
    Preparation submit(long id, int version, String text, Upload upload, Actor actor) {
        var now = OffsetDateTime.now(clock);
        var before = find(
                        "p.id = :id AND p.member_id = CAST(:self AS bigint)",
                        Map.of("id", id, "self", actor.memberId() == null ? -1L : actor.memberId()))
                .orElseThrow(() -> new NotFoundException("MeetingPreparation", id));
        jdbc.sql("SELECT id FROM meeting_preparation WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .single();
        if (find("p.id = :id", Map.of("id", id)).orElseThrow().version() != version) {
            throw new ConflictException("meeting.preparation.version.stale");
        }
        var errors = new ArrayList<FieldError>();
        String keptText = text == null ? before.contentText() : MeetingRecords.blankToNull(text);
        if (keptText != null && keptText.length() > MAX_TEXT) {
            errors.add(new FieldError("text", "validation.tooLong"));
        }
        byte[] bytes = null;
        String name = null;
        String type = null;
        if (upload != null) {
            name = UploadedFiles.cleanName(upload.filename());
            try {
                bytes = UploadedFiles.read(
                        upload.content(), MAX_FILE_BYTES, "file", "meeting.preparation.file.tooLarge");
                type = UploadedFiles.detect(bytes, name);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
            if (bytes != null && (name.isEmpty() || name.length() > 200)) {
                errors.add(new FieldError("file", "meeting.preparation.file.name"));
            } else if (bytes != null && (type == null || !TYPES.contains(type))) {
                errors.add(new FieldError("file", "meeting.preparation.file.type"));
            }
        }
        if (errors.isEmpty() && keptText == null && upload == null && before.fileName() == null) {
            errors.add(new FieldError("text", "meeting.preparation.content.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("UPDATE meeting_preparation SET content_text = :text, submitted_at = COALESCE(submitted_at, :now),"
                        + " late = COALESCE(late, CAST(:today AS date) > due_on), version = version + 1 WHERE id = :id")
                .param("text", keptText)
                .param("now", now)
                .param("today", now.atZoneSameInstant(TimeConfiguration.ZONE).toLocalDate())
                .param("id", id)
                .update();
        if (upload != null) {
            name = UploadedFiles.storedName(name, type);
            String key = UploadedFiles.store(storage, "meeting", name, bytes);
            jdbc.sql("UPDATE meeting_preparation SET file_key = :key, file_name = :name, file_type = :type,"
                            + " file_size = :size WHERE id = :id")
                    .param("key", key)
                    .param("name", name)
                    .param("type", type)
                    .param("size", bytes.length)
                    .param("id", id)
                    .update();
        }
        var after = find("p.id = :id", Map.of("id", id)).orElseThrow();
        audit.updated("MeetingPreparation", id, after.cellId(), before, after);
        return after;
    }

    /** The file handed in, for the member or the meeting's managers; 404 when there is none. */
    Stored file(long id, Actor actor) {
        get(id, actor);
        return jdbc.sql("SELECT file_name AS name, file_type AS type, file_size AS size, file_key AS key"
                        + " FROM meeting_preparation WHERE id = :id AND file_key IS NOT NULL")
                .param("id", id)
                .query(Stored.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("MeetingPreparation", id));
    }

    java.io.InputStream open(Stored stored) {
        return storage.open(stored.key());
    }

    private Page<Preparation> page(String where, Map<String, Object> parameters, PageRequest request) {
        var all = new HashMap<String, Object>(parameters);
        all.put("today", LocalDate.now(clock));
        long total = jdbc.sql("SELECT count(*) FROM meeting_preparation p WHERE " + where)
                .params(all)
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY p.due_on, p.id" + request.limitOffset())
                .params(all)
                .query(Preparation.class)
                .list();
        return Page.of(items, request, total);
    }

    private Optional<Preparation> find(String where, Map<String, Object> parameters) {
        var all = new HashMap<String, Object>(parameters);
        all.put("today", LocalDate.now(clock));
        return jdbc.sql(SELECT + " WHERE " + where)
                .params(all)
                .query(Preparation.class)
                .optional();
    }
}
