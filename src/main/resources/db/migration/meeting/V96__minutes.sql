-- The minutes (biên bản) of a held meeting, kept by revision: a draft (sanitized rich text, conclusions, a chair),
-- approved by that chair and then locked. A change to approved minutes is a new revision, drafted and approved in
-- its turn; the approved revisions stay as they were.
CREATE TABLE meeting_minutes (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id      bigint NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    revision        int    NOT NULL CHECK (revision > 0),
    status          text   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'APPROVED')),
    chair_member_id bigint NOT NULL REFERENCES member (id),
    body            text   NOT NULL,
    conclusions     text,
    drafted_by      text   NOT NULL,
    approved_by     text,
    approved_at     timestamptz,
    version         int    NOT NULL DEFAULT 0,
    UNIQUE (meeting_id, revision),
    CHECK ((status = 'APPROVED') = (approved_at IS NOT NULL))
);
CREATE UNIQUE INDEX meeting_minutes_one_draft ON meeting_minutes (meeting_id) WHERE status = 'DRAFT';

-- Approved minutes are locked: no statement may change or remove them.
CREATE FUNCTION meeting_minutes_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'APPROVED' THEN
        RAISE EXCEPTION 'approved minutes % are locked', OLD.id;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER meeting_minutes_lock BEFORE UPDATE OR DELETE ON meeting_minutes
    FOR EACH ROW EXECUTE FUNCTION meeting_minutes_locked();

-- The follow-up tasks the minutes conclude with: an owner (an organization or a member), a due date, done or not.
CREATE TABLE meeting_minutes_task (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    minutes_id            bigint NOT NULL REFERENCES meeting_minutes (id),
    position              int    NOT NULL,
    task                  text   NOT NULL,
    owner_organization_id bigint REFERENCES organization (id),
    owner_member_id       bigint REFERENCES member (id),
    due_on                date,
    done                  boolean NOT NULL DEFAULT false,
    UNIQUE (minutes_id, position),
    CHECK (owner_organization_id IS NOT NULL OR owner_member_id IS NOT NULL)
);
