-- Readers' comments and public opinion (module portal), what V140 left to the code that uses them.

-- Used captcha solutions are forgotten once they expire; the sweep reads them by expiry.
CREATE INDEX portal_captcha_used_expires ON portal_captcha_used (expires_at);

-- The moderators' list: per article, pending first, with the reports readers sent.
CREATE INDEX portal_comment_status ON portal_comment (status, created_at DESC);

-- A comment is recorded as public opinion once: a second click finds the first.
CREATE UNIQUE INDEX portal_opinion_comment ON portal_opinion (comment_id) WHERE comment_id IS NOT NULL;

-- Who answered is known whenever an answer is; a distortion names where it circulated (a text, an address or
-- both) and comes from elsewhere, never from a resident's comment or the public form.
ALTER TABLE portal_opinion
    ADD CONSTRAINT portal_opinion_answered_by CHECK ((answer IS NULL) = (answered_by IS NULL)),
    ADD CONSTRAINT portal_opinion_distortion_source
        CHECK (kind = 'OPINION' OR source_text IS NOT NULL OR source_url IS NOT NULL),
    ADD CONSTRAINT portal_opinion_distortion_channel CHECK (kind = 'OPINION' OR channel = 'ELSEWHERE');
ALTER TABLE portal_comment
    ADD CONSTRAINT portal_comment_answered_by CHECK ((answer IS NULL) = (answered_by IS NULL));
