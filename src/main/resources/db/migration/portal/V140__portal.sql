-- The public news portal of each organization (articles, categories, tags), the comments of its readers (moderated)
-- and the public opinion its staff capture about each campaign (module portal).

-- A category of articles: "Công tác Đảng", "Tin hoạt động", ...
CREATE TABLE portal_category (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug     text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
    name     text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    position int  NOT NULL DEFAULT 0
);

INSERT INTO portal_category (slug, name, position) VALUES
    ('cong-tac-dang', 'Công tác Đảng', 1),
    ('tin-hoat-dong', 'Tin hoạt động', 2),
    ('hoc-tap-va-lam-theo-bac', 'Học tập và làm theo Bác', 3),
    ('guong-nguoi-tot-viec-tot', 'Gương người tốt, việc tốt', 4);

-- An article of an organization's portal: drafted, sent for review, published (now or at publish_at). The body is
-- sanitized rich text; the byline is a person or a body ("BAN TUYÊN GIÁO QUẬN ỦY"), the source tag a short prefix
-- ("HNP"). Started from a meeting, a ballot round or a commendation decision when source_kind names one.
CREATE TABLE portal_article (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organization (id),
    category_id     bigint NOT NULL REFERENCES portal_category (id),
    slug            text   NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 200),
    title           text   NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    summary         text   CHECK (length(summary) <= 1000),
    body_html       text   NOT NULL,
    byline          text   CHECK (length(byline) <= 200),
    source_tag      text   CHECK (length(source_tag) <= 20),
    lead_image_id   bigint,
    lead_caption    text   CHECK (length(lead_caption) <= 500),
    status          text   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'REVIEW', 'PUBLISHED')),
    publish_at      timestamptz,
    published_at    timestamptz,
    source_kind     text   CHECK (source_kind IN ('MEETING', 'BALLOT_ROUND', 'COMMENDATION_DECISION')),
    source_id       bigint,
    view_count      bigint NOT NULL DEFAULT 0,
    search_text     text   GENERATED ALWAYS AS (fold_vi(title || ' ' || coalesce(summary, ''))) STORED,
    created_by      text   NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         int    NOT NULL DEFAULT 0,
    UNIQUE (organization_id, slug),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)),
    CHECK ((source_kind IS NULL) = (source_id IS NULL))
);
CREATE INDEX portal_article_published ON portal_article (published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX portal_article_organization ON portal_article (organization_id, published_at DESC);
CREATE INDEX portal_article_category ON portal_article (category_id, published_at DESC);
CREATE INDEX portal_article_search ON portal_article USING gin (search_text gin_trgm_ops);

-- An image of an article (the lead image and photos in the body), stored once, served in a phone and a desk size.
CREATE TABLE portal_image (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id   bigint REFERENCES portal_article (id),
    content_type text   NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    width        int    NOT NULL,
    height       int    NOT NULL,
    storage_key  text   NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE portal_article ADD FOREIGN KEY (lead_image_id) REFERENCES portal_image (id);

CREATE TABLE portal_article_tag (
    article_id bigint NOT NULL REFERENCES portal_article (id),
    tag        text   NOT NULL CHECK (length(tag) BETWEEN 1 AND 60),
    PRIMARY KEY (article_id, tag)
);
CREATE INDEX portal_article_tag_tag ON portal_article_tag (tag);

-- A reader's comment on a published article: name, optional phone, title, content, all plain text; it waits for
-- moderation; a moderator approves or rejects it, or answers it publicly. Readers may report abuse.
CREATE TABLE portal_comment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id   bigint NOT NULL REFERENCES portal_article (id),
    author_name  text   NOT NULL CHECK (length(author_name) BETWEEN 1 AND 100),
    phone        text   CHECK (phone ~ '^0[0-9]{9}$'),
    title        text   NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    content      text   NOT NULL CHECK (length(content) BETWEEN 1 AND 4000),
    status       text   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    answer       text   CHECK (length(answer) <= 4000),
    answered_by  text,
    answered_at  timestamptz,
    moderated_by text,
    moderated_at timestamptz,
    reports      int    NOT NULL DEFAULT 0,
    address_hash text   NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    version      int    NOT NULL DEFAULT 0,
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX portal_comment_article ON portal_comment (article_id, status, created_at);
CREATE INDEX portal_comment_pending ON portal_comment (created_at) WHERE status = 'PENDING';

-- A captcha solution used once: a replayed one is refused until it expires.
CREATE TABLE portal_captcha_used (
    signature  text PRIMARY KEY,
    expires_at timestamptz NOT NULL
);

-- Public opinion (dư luận xã hội) about a campaign in an organization: taken from a comment, sent through the public
-- form, or entered by staff from a meeting or the field; classified. Distorted or false information circulating
-- elsewhere is recorded as such (kind DISTORTION) with its source and the answer given, never as a label on a person.
CREATE TABLE portal_opinion (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id     bigint REFERENCES campaign (id),
    organization_id bigint NOT NULL REFERENCES organization (id),
    kind            text   NOT NULL DEFAULT 'OPINION' CHECK (kind IN ('OPINION', 'DISTORTION')),
    class           text   CHECK (class IN ('SUPPORT', 'CONCERN', 'SUGGESTION', 'COMPLAINT')),
    channel         text   NOT NULL CHECK (channel IN ('COMMENT', 'PUBLIC_FORM', 'MEETING', 'FIELD', 'ELSEWHERE')),
    comment_id      bigint REFERENCES portal_comment (id),
    content         text   NOT NULL CHECK (length(content) BETWEEN 1 AND 4000),
    source_text     text   CHECK (length(source_text) <= 1000),
    source_url      text   CHECK (length(source_url) <= 1000),
    heard_on        date   NOT NULL,
    needs_answer    boolean NOT NULL DEFAULT false,
    answer          text   CHECK (length(answer) <= 4000),
    answered_by     text,
    answered_at     timestamptz,
    recorded_by     text   NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         int    NOT NULL DEFAULT 0,
    CHECK ((kind = 'OPINION') = (class IS NOT NULL)),
    CHECK ((channel = 'COMMENT') = (comment_id IS NOT NULL)),
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);
CREATE INDEX portal_opinion_campaign ON portal_opinion (campaign_id, heard_on);
CREATE INDEX portal_opinion_organization ON portal_opinion (organization_id, heard_on);
