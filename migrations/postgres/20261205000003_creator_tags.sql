-- The creator pool's list filters as an index (issue 15/16: a search whose filters match
-- nobody answered in 272 ms on 1,000,000 creators, because a category, language or
-- audience-country filter was a `LIKE` checked on every row of the country).
-- One row per (tag, creator): `c:<category>`, `l:<language>`, `a:<audience country>`,
-- lower-cased. A search asks first how many creators carry its rarest tag; a rare tag
-- drives the search from here, a tag nobody carries answers at once.
-- A trigger keeps it in step with the wide `creators` row, whoever writes it.
CREATE TABLE creator_tags (
    tag TEXT NOT NULL,
    creator_id BIGINT NOT NULL,
    PRIMARY KEY (tag, creator_id)
);

CREATE FUNCTION creator_tags_of(categories TEXT, languages TEXT, audience TEXT)
RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT kind || lower(item) FROM (
        SELECT 'c:' AS kind, unnest(string_to_array(categories, ',')) AS item
        UNION ALL SELECT 'l:', unnest(string_to_array(languages, ','))
        UNION ALL SELECT 'a:', unnest(string_to_array(audience, ','))
    ) t WHERE item <> ''
$$;

CREATE FUNCTION creator_tags_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM creator_tags WHERE creator_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO creator_tags (tag, creator_id)
        SELECT t, NEW.id FROM creator_tags_of(NEW.categories, NEW.languages, NEW.audience_countries) t
        ON CONFLICT DO NOTHING;
        RETURN NEW;
    END IF;
    RETURN OLD;
END
$$;

CREATE TRIGGER creator_tags_insert AFTER INSERT ON creators
    FOR EACH ROW EXECUTE FUNCTION creator_tags_sync();
CREATE TRIGGER creator_tags_update AFTER UPDATE OF categories, languages, audience_countries ON creators
    FOR EACH ROW EXECUTE FUNCTION creator_tags_sync();
CREATE TRIGGER creator_tags_delete AFTER DELETE ON creators
    FOR EACH ROW EXECUTE FUNCTION creator_tags_sync();

INSERT INTO creator_tags (tag, creator_id)
SELECT t, c.id FROM creators c, creator_tags_of(c.categories, c.languages, c.audience_countries) t
ON CONFLICT DO NOTHING;
