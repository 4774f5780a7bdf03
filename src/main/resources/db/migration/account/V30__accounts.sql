CREATE TABLE account (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username          text   NOT NULL UNIQUE,
    display_name      text   NOT NULL,
    password_hash     text   NOT NULL,
    email             text,
    member_id         bigint REFERENCES member (id),
    enabled           boolean NOT NULL DEFAULT true,
    failed_logins     int    NOT NULL DEFAULT 0,
    locked_until      timestamptz,
    password_changed_at timestamptz NOT NULL DEFAULT now(),
    locale            text   NOT NULL DEFAULT 'vi'
);

-- An account may hold several roles; staff and secretary roles carry the organization whose subtree they act on.
CREATE TABLE account_role (
    account_id      bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role            text   NOT NULL CHECK (role IN ('ADMIN', 'STAFF', 'SECRETARY', 'MEMBER')),
    organization_id bigint REFERENCES organization (id),
    CHECK ((role IN ('STAFF', 'SECRETARY')) = (organization_id IS NOT NULL)),
    UNIQUE (account_id, role, organization_id)
);

CREATE TABLE access_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name         text   NOT NULL,
    token_hash   text   NOT NULL UNIQUE,
    prefix       text   NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    expires_at   timestamptz,
    revoked_at   timestamptz
);
