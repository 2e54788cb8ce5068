-- Core warehouse tables: raw documents, labels, markets, events and ingestion state.

CREATE TABLE documents (
    doc_id        VARCHAR PRIMARY KEY,      -- source's own id, e.g. 'reddit:t1_abc', 'blog:https://host/path'
    source        VARCHAR NOT NULL,         -- reddit | blogs
    provenance    VARCHAR,                  -- praw | arctic_shift | feed | page
    kind          VARCHAR NOT NULL,         -- submission | comment | article
    parent_id     VARCHAR,
    thread_id     VARCHAR,
    depth         INTEGER,
    community     VARCHAR,                  -- subreddit or site name
    author        VARCHAR,
    title         VARCHAR,
    body          VARCHAR,
    url           VARCHAR,
    created_at    TIMESTAMPTZ,
    edited_at     TIMESTAMPTZ,
    score         INTEGER,
    fetched_at    TIMESTAMPTZ NOT NULL,
    content_hash  VARCHAR,                  -- sha256 of the text the classifier sees
    removed       BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE mentions (
    doc_id     VARCHAR NOT NULL,
    model_id   VARCHAR NOT NULL,
    how        VARCHAR NOT NULL,            -- explicit | thread_inherited
    position   INTEGER,                     -- character offset of the first mention (order for comparisons)
    PRIMARY KEY (doc_id, model_id)
);

CREATE TABLE sentiment (
    content_hash VARCHAR NOT NULL,
    classifier   VARCHAR NOT NULL,          -- classifier version string
    label        VARCHAR,                   -- negative | neutral | positive, NULL with a reason
    p_negative   DOUBLE,
    p_neutral    DOUBLE,
    p_positive   DOUBLE,
    n_chunks     INTEGER,
    reason       VARCHAR,
    labeled_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (content_hash, classifier)
);

CREATE TABLE models (
    model_id      VARCHAR PRIMARY KEY,
    vendor        VARCHAR NOT NULL,
    family        VARCHAR NOT NULL,
    release_order INTEGER,
    aliases       VARCHAR[]
);

CREATE TABLE markets (
    market_id    VARCHAR PRIMARY KEY,       -- 'polymarket:…', 'manifold:…', 'kalshi:…'
    platform     VARCHAR NOT NULL,
    question     VARCHAR NOT NULL,
    url          VARCHAR,
    outcome      VARCHAR,                   -- outcome the probability refers to (usually 'Yes')
    token_id     VARCHAR,                   -- platform id of the tracked outcome (CLOB token, ticker, contract id)
    close_time   TIMESTAMPTZ,
    status       VARCHAR,                   -- open | closed | resolved
    resolution   VARCHAR,
    resolved_at  TIMESTAMPTZ,
    model_id     VARCHAR,
    event_kind   VARCHAR,                   -- release | retirement | benchmark | other
    fetched_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE market_prices (
    market_id   VARCHAR NOT NULL,
    ts          TIMESTAMPTZ NOT NULL,
    probability DOUBLE NOT NULL,
    volume      DOUBLE,
    origin      VARCHAR NOT NULL DEFAULT 'history',   -- history | snapshot
    PRIMARY KEY (market_id, ts)
);

CREATE TABLE release_events (
    event_id    VARCHAR PRIMARY KEY,
    model_id    VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,           -- announced | released | generally_available | deprecated | retired
    occurred_at TIMESTAMPTZ NOT NULL,
    source      VARCHAR NOT NULL,           -- curated | official_feed | market_resolution
    url         VARCHAR,
    note        VARCHAR
);

CREATE TABLE ingest_state (
    source     VARCHAR NOT NULL,
    key        VARCHAR NOT NULL,
    value      VARCHAR,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, key)
);

CREATE TABLE ingest_runs (
    run_id      VARCHAR PRIMARY KEY,
    source      VARCHAR NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status      VARCHAR NOT NULL,           -- running | ok | partial | failed
    fetched     INTEGER NOT NULL DEFAULT 0,
    inserted    INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    error       VARCHAR
);

CREATE TABLE rejects (
    reject_id VARCHAR PRIMARY KEY,          -- hash of source, ref and payload: the same bad input is stored once
    source    VARCHAR NOT NULL,
    ref       VARCHAR,                      -- URL, id or route the payload came from
    reason    VARCHAR NOT NULL,
    payload   VARCHAR,                      -- the payload (truncated) or a pointer to it
    seen_at   TIMESTAMPTZ NOT NULL
);
