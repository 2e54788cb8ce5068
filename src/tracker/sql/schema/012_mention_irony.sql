-- The irony check of the per-mention scorer (tracker-minilm-irony): `ironic` marks a score whose positive and
-- negative probabilities were swapped because the mention read positive in a sentence the irony model called
-- ironic. scored_mentions then leaves a "/s"-tagged passage as scored, so the two readings never cancel out.
-- Scores written before this column existed came from a scorer without the check: false is what they mean.
ALTER TABLE mention_sentiment ADD COLUMN ironic BOOLEAN DEFAULT false;
