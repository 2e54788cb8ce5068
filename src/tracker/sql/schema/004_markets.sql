-- Markets: the platform's own state beside each market; mentions: comparison flags and pairs.

ALTER TABLE markets ADD COLUMN slug VARCHAR;                 -- platform slug (Polymarket, Manifold) or event ticker (Kalshi)
ALTER TABLE markets ADD COLUMN series VARCHAR;               -- Kalshi series ticker (candlestick path)
ALTER TABLE markets ADD COLUMN last_price DOUBLE;            -- probability of `outcome` at `updated_at`
ALTER TABLE markets ADD COLUMN volume DOUBLE;                -- lifetime traded volume as the platform reports it
ALTER TABLE markets ADD COLUMN updated_at TIMESTAMPTZ;       -- the platform's last-updated time (snapshot key)
ALTER TABLE markets ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT false;

-- true when the text names two or more models (a comparison such as "5.5 vs 5.4")
ALTER TABLE mentions ADD COLUMN comparison BOOLEAN NOT NULL DEFAULT false;

-- One row per ordered pair of models named in one text: model_a appears first.
CREATE TABLE mention_pairs (
    doc_id      VARCHAR NOT NULL,
    model_a     VARCHAR NOT NULL,
    model_b     VARCHAR NOT NULL,
    position_a  INTEGER NOT NULL,
    position_b  INTEGER NOT NULL,
    cue         VARCHAR NOT NULL,      -- vs | than | compared | co_mention (no comparison word between them)
    PRIMARY KEY (doc_id, model_a, model_b)
);
