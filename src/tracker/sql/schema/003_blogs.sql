-- Blog source: which feed entries have been handled, so a re-run fetches only new or changed ones.

CREATE TABLE blog_entries (
    feed_url   VARCHAR NOT NULL,            -- the configured feed or index page URL
    entry_key  VARCHAR NOT NULL,            -- the entry's id/guid, else its normalized link
    link       VARCHAR,                     -- normalized entry link
    version    VARCHAR,                     -- entry updated/published stamp or content digest: a change means refetch
    doc_id     VARCHAR,                     -- the document it became (NULL when it did not land)
    status     VARCHAR NOT NULL,            -- ok | rejected | disallowed
    reason     VARCHAR,
    seen_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (feed_url, entry_key)
);
