-- Per-mention (target-level) sentiment: the passages of each document that talk about each model, the input
-- scored for each (text + the span of the model's name) and the scores, so a model is judged by what is said
-- about it rather than by the whole text's mood.

CREATE TABLE mention_passages (
    doc_id        VARCHAR NOT NULL,
    model_id      VARCHAR NOT NULL,
    passage       INTEGER NOT NULL,          -- order among the document's passages
    how           VARCHAR NOT NULL,          -- explicit | comparison | thread_subject
    input_hash    VARCHAR NOT NULL,          -- sha256 of the scored input (span + text): the score's key
    weight        DOUBLE NOT NULL,           -- characters of the passage: longer passages count more
    target_text   VARCHAR NOT NULL,          -- the scored input
    span_start    INTEGER NOT NULL,          -- the target's span in target_text
    span_end      INTEGER NOT NULL,
    doc_hash      VARCHAR,                   -- documents.content_hash it was computed from
    attributed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (doc_id, model_id, passage)
);

-- Which document texts have been attributed (also those that gave no passage: placeholders, other languages).
CREATE TABLE attributed_documents (
    doc_id        VARCHAR PRIMARY KEY,
    doc_hash      VARCHAR,
    n_passages    INTEGER NOT NULL,
    attributed_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE mention_sentiment (
    input_hash  VARCHAR NOT NULL,
    model_id    VARCHAR NOT NULL,            -- the target
    classifier  VARCHAR NOT NULL,            -- target scorer version
    label       VARCHAR NOT NULL,            -- negative | neutral | positive toward the target
    p_negative  DOUBLE NOT NULL,
    p_neutral   DOUBLE NOT NULL,
    p_positive  DOUBLE NOT NULL,
    scored_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (input_hash, model_id, classifier)
);
