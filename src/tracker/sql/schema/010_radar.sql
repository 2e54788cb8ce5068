-- Release radar: model names found in stored documents (catalog or not), which documents were scanned with which
-- patterns, the catalog's own names in the same normal form, and release events the radar proposes.

-- One row per document and normalised name ("GPT 5.6", "gpt5.6", "GPT-5.6 Pro" -> 'gpt-5.6').
CREATE TABLE candidate_mentions (
    doc_id         VARCHAR NOT NULL,
    candidate_id   VARCHAR NOT NULL,        -- normalised name, e.g. 'gpt-5.6', 'claude-opus-5'
    family         VARCHAR NOT NULL,        -- the pattern family that matched (radar_patterns.yaml)
    vendor         VARCHAR NOT NULL,
    surface        VARCHAR NOT NULL,        -- the first spelling in the text
    variants       VARCHAR[] NOT NULL,      -- variants named with it ('pro', 'mini', …)
    position       INTEGER NOT NULL,        -- character offset of the first occurrence
    n_occurrences  INTEGER NOT NULL,
    release_words  BOOLEAN NOT NULL,        -- a release word ("released", "now available", …) in a sentence naming it
    excerpt        VARCHAR NOT NULL,        -- the sentence of the first occurrence (at most 280 characters)
    PRIMARY KEY (doc_id, candidate_id)
);

-- Which text of each document was scanned with which patterns: a changed text or pattern file scans it again.
CREATE TABLE candidate_scans (
    doc_id           VARCHAR PRIMARY KEY,
    doc_hash         VARCHAR,
    patterns_version VARCHAR NOT NULL,
    n_names          INTEGER NOT NULL,
    scanned_at       TIMESTAMPTZ NOT NULL
);

-- The catalog's models in the radar's normal form: a name here is tracked, not a candidate.
CREATE TABLE catalog_names (
    name_id   VARCHAR PRIMARY KEY,
    model_id  VARCHAR NOT NULL
);

-- Release events: curated, official-feed and market rows are confirmed as before; the radar adds 'proposed'
-- rows (source 'radar') with their evidence, which a person confirms or dismisses (`tracker events`).
ALTER TABLE release_events ADD COLUMN status VARCHAR NOT NULL DEFAULT 'confirmed';  -- confirmed | proposed | dismissed
ALTER TABLE release_events ADD COLUMN evidence VARCHAR;                             -- JSON list of evidence items
ALTER TABLE release_events ADD COLUMN decided_at TIMESTAMPTZ;                       -- when confirmed or dismissed
