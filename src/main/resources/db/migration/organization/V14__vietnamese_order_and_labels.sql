-- Vietnamese alphabetical order (a < ă < â < b ... d < đ, tones after letters), for every list sorted by a name.
-- Both the embedded PostgreSQL and the Debian server packages are built with ICU.
CREATE COLLATION IF NOT EXISTS vi_icu (provider = icu, locale = 'vi-VN');

-- A committee's name as a qualifier: "Đảng ủy phường Văn Miếu" becomes "P. Văn Miếu".
CREATE FUNCTION organization_short_name(name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN CASE
        WHEN name LIKE 'Đảng ủy phường %' THEN 'P. ' || substr(name, length('Đảng ủy phường ') + 1)
        WHEN name LIKE 'Đảng ủy xã %' THEN 'X. ' || substr(name, length('Đảng ủy xã ') + 1)
        WHEN name LIKE 'Đảng ủy thị trấn %' THEN 'TT. ' || substr(name, length('Đảng ủy thị trấn ') + 1)
        WHEN name LIKE 'Quận ủy %' THEN 'Q. ' || substr(name, length('Quận ủy ') + 1)
        WHEN name LIKE 'Huyện ủy %' THEN 'H. ' || substr(name, length('Huyện ủy ') + 1)
        ELSE name
    END;

-- How an organization is named wherever its name alone is ambiguous: every ward has a "Chi bộ Tổ dân phố số 1",
-- so a cell is shown with its parent committee, "Chi bộ Tổ dân phố số 1 · P. Văn Miếu". Other organizations'
-- names carry their place already. Every module's pages use this one definition.
CREATE FUNCTION organization_label(organization_id bigint) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
    AS $$
        SELECT CASE WHEN o.kind = 'CELL' AND p.id IS NOT NULL
                    THEN o.name || ' · ' || organization_short_name(p.name)
                    ELSE o.name END
          FROM organization o LEFT JOIN organization p ON p.id = o.parent_id
         WHERE o.id = organization_id
    $$;
