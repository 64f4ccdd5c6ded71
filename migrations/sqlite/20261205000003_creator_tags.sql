-- The creator pool's list filters as an index (issue 15/16: a search whose filters match
-- nobody answered in 272 ms on 1,000,000 creators, because a category, language or
-- audience-country filter was a `LIKE` checked on every row of the country).
-- One row per (tag, creator): `c:<category>`, `l:<language>`, `a:<audience country>`,
-- lower-cased. A search asks first how many creators carry its rarest tag; a rare tag
-- drives the search from here, a tag nobody carries answers at once.
-- Triggers keep it in step with the wide `creators` row, whoever writes it (the store,
-- a benchmark's bulk SQL); lists are `,a,b,` text, split through a JSON array.
CREATE TABLE creator_tags (
    tag TEXT NOT NULL,
    creator_id INTEGER NOT NULL,
    PRIMARY KEY (tag, creator_id)
) WITHOUT ROWID;

CREATE TRIGGER creator_tags_insert AFTER INSERT ON creators BEGIN
    INSERT OR IGNORE INTO creator_tags (tag, creator_id)
    SELECT kind || lower(value), NEW.id FROM (
        SELECT 'c:' AS kind, NEW.categories AS list
        UNION ALL SELECT 'l:', NEW.languages
        UNION ALL SELECT 'a:', NEW.audience_countries
    ), json_each('["' || replace(replace(replace(trim(list, ','), '\', '\\'), '"', '\"'), ',', '","') || '"]')
    WHERE value <> '';
END;

CREATE TRIGGER creator_tags_update AFTER UPDATE OF categories, languages, audience_countries ON creators BEGIN
    DELETE FROM creator_tags WHERE creator_id = OLD.id;
    INSERT OR IGNORE INTO creator_tags (tag, creator_id)
    SELECT kind || lower(value), NEW.id FROM (
        SELECT 'c:' AS kind, NEW.categories AS list
        UNION ALL SELECT 'l:', NEW.languages
        UNION ALL SELECT 'a:', NEW.audience_countries
    ), json_each('["' || replace(replace(replace(trim(list, ','), '\', '\\'), '"', '\"'), ',', '","') || '"]')
    WHERE value <> '';
END;

CREATE TRIGGER creator_tags_delete AFTER DELETE ON creators BEGIN
    DELETE FROM creator_tags WHERE creator_id = OLD.id;
END;

INSERT OR IGNORE INTO creator_tags (tag, creator_id)
SELECT t.kind || lower(j.value), t.creator FROM (
    SELECT id AS creator, 'c:' AS kind, categories AS list FROM creators
    UNION ALL SELECT id, 'l:', languages FROM creators
    UNION ALL SELECT id, 'a:', audience_countries FROM creators
) t, json_each('["' || replace(replace(replace(trim(list, ','), '\', '\\'), '"', '\"'), ',', '","') || '"]') j
WHERE j.value <> '';
