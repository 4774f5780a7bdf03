package vn.neuguong.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.directive.Documents;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.web.TimeConfiguration;

/**
 * Plans a meeting and changes it: create and edit (with the version read), hold, cancel with a reason. Each command
 * is one transaction with its audit row; every rule's failure is reported at once and nothing is kept.
 */
@Component
class MeetingPlans {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Meetings meetings;
    private final MeetingRecords records;
    private final Campaigns campaigns;
    private final Documents documents;
    private final Clock clock;

    MeetingPlans(
            JdbcClient jdbc,
            AuditLog audit,
            Meetings meetings,
            MeetingRecords records,
            Campaigns campaigns,
            Documents documents,
            Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.meetings = meetings;
        this.records = records;
        this.campaigns = campaigns;
        this.documents = documents;
        this.clock = clock;
    }

    @Transactional
    Meeting create(MeetingForm form, Viewer viewer) {
        check(form, viewer, null);
        long id = records.insert(form);
        records.replaceParts(id, form);
        var created = meetings.get(id, Viewer.everything());
        audit.created("Meeting", id, created.hostId(), Map.of("meeting", created, "form", form));
        return created;
    }

    /** Changes a planned or held meeting the viewer manages, read at {@code version}; 409 when it changed since. */
    @Transactional
    Meeting update(long id, int version, MeetingForm form, Viewer viewer) {
        var before = lockManaged(id, viewer);
        if (before.status() == Meeting.Status.CANCELLED) {
            throw new ConflictException("meeting.notPlanned.CANCELLED");
        }
        if (before.version() != version) {
            throw new ConflictException("meeting.version.stale");
        }
        check(form, viewer, id);
        records.update(id, form);
        records.replaceParts(id, form);
        var after = meetings.get(id, Viewer.everything());
        audit.updated("Meeting", id, after.hostId(), before, Map.of("meeting", after, "form", form));
        return after;
    }

    /** Marks the meeting held; not before it started. */
    @Transactional
    Meeting hold(long id, int version, Viewer viewer) {
        var before = lockManaged(id, viewer);
        var held = before.held();
        if (before.version() != version) {
            throw new ConflictException("meeting.version.stale");
        }
        if (OffsetDateTime.now(clock).isBefore(before.startsAt())) {
            throw new ConflictException("meeting.hold.notStarted");
        }
        return records.changeStatus(before, held);
    }

    @Transactional
    Meeting cancel(long id, int version, String reason, Viewer viewer) {
        var before = lockManaged(id, viewer);
        var cancelled = before.cancelled(reason);
        if (before.version() != version) {
            throw new ConflictException("meeting.version.stale");
        }
        return records.changeStatus(before, cancelled);
    }

    /** The meeting locked for a change: 404 unless visible, 403 unless the viewer manages it. */
    Meeting lockManaged(long id, Viewer viewer) {
        meetings.get(id, viewer);
        if (!meetings.manages(id, viewer)) {
            throw new AccessDeniedException("meeting.notManaged");
        }
        return records.lock(id);
    }

    /** The rules that need the database, with the form's own ({@link MeetingForm#check()}), thrown together. */
    private void check(MeetingForm form, Viewer viewer, Long self) {
        var errors = new ArrayList<>(form.check());
        var scope = viewer.scope();
        if (form.hostId() != null) {
            String kind = jdbc.sql("SELECT o.kind FROM " + TreeSql.organizations()
                            + " o WHERE o.id = :id AND o.open AND " + scope.covers("o.path"))
                    .param("id", form.hostId())
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (kind == null) {
                errors.add(new FieldError("hostId", "meeting.host.notAllowed"));
            } else if (form.hostBody() != null && !kind.equals("COMMITTEE") && !kind.equals("GRASSROOTS_COMMITTEE")) {
                errors.add(new FieldError("hostBody", "meeting.hostBody.notCommittee"));
            }
        }
        for (Long coHost : form.coHosts()) {
            if (!exists(TreeSql.isOpen(":id"), coHost)) {
                errors.add(new FieldError("coHostIds", "meeting.organization.notFound", null, coHost));
            }
        }
        if (form.campaignId() != null) {
            if (campaigns.find(form.campaignId(), scope).isEmpty()) {
                errors.add(new FieldError("campaignId", "meeting.campaign.notFound"));
            } else if (form.requirementId() != null
                    && campaigns.requirements(form.campaignId()).stream()
                            .noneMatch(r -> r.id() == form.requirementId())) {
                errors.add(new FieldError("requirementId", "meeting.requirement.notFound"));
            }
        }
        for (Long material : form.materials()) {
            if (documents.find(material, scope).isEmpty()) {
                errors.add(new FieldError("materialIds", "meeting.material.notFound", null, material));
            }
        }
        var agenda = form.agenda() == null ? List.<MeetingForm.AgendaRow>of() : form.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            var row = agenda.get(i);
            if (row != null
                    && row.presenterMemberId() != null
                    && !exists(MemberSql.exists(":id"), row.presenterMemberId())) {
                errors.add(new FieldError("agenda[" + i + "].presenterMemberId", "meeting.member.notFound"));
            }
        }
        if (self != null && !form.format().remote() && records.hasBridgePoints(self)) {
            errors.add(new FieldError("format", "meeting.format.hasBridgePoints"));
        }
        if (form.hostId() != null
                && form.startsAt() != null
                && form.endsAt() != null
                && form.endsAt().isAfter(form.startsAt())) {
            overlapping(form.hostId(), form.startsAt(), form.endsAt(), self)
                    .ifPresent(
                            title -> errors.add(new FieldError("startsAt", "meeting.startsAt.overlaps", null, title)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private boolean exists(String condition, long id) {
        return jdbc.sql("SELECT " + condition)
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    /**
     * The title of another meeting of the host, not cancelled, whose time overlaps; the host is locked for the rest
     * of the transaction so that two plans made at once cannot both pass.
     */
    private java.util.Optional<String> overlapping(
            long hostId, LocalDateTime startsAt, LocalDateTime endsAt, Long self) {
        jdbc.sql("SELECT pg_advisory_xact_lock(9017, CAST(:host AS int))")
                .param("host", hostId)
                .query()
                .singleRow();
        return jdbc.sql("SELECT m.title FROM meeting m WHERE m.host_id = :host AND m.status <> 'CANCELLED'"
                        + " AND m.id <> COALESCE(CAST(:self AS bigint), 0) AND m.starts_at < :ends AND m.ends_at > :starts"
                        + " ORDER BY m.starts_at LIMIT 1")
                .param("host", hostId)
                .param("self", self)
                .param("starts", at(startsAt))
                .param("ends", at(endsAt))
                .query(String.class)
                .optional();
    }

    static OffsetDateTime at(LocalDateTime local) {
        return local.atZone(TimeConfiguration.ZONE).toOffsetDateTime();
    }
}
