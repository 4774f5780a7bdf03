CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it depends on the dictionary search path); pinning the dictionary makes it
-- safe to use in generated columns and expression indexes. đ/Đ are not decomposable letters, so map them too.
CREATE FUNCTION fold_vi(input text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(translate(public.unaccent('public.unaccent'::regdictionary, input), 'đĐ', 'dD'));
