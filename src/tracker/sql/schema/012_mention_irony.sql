-- The irony check of the per-mention scorer (tracker-minilm-irony). `p_ironic`: p(ironic) of the sentence of a
-- mention that read positive (NULL for the others, and for scores written before the check existed). `ironic`:
-- its positive and negative probabilities were swapped because p_ironic reached the scorer's flip threshold;
-- scored_mentions then leaves a "/s"-tagged passage as scored, so the two readings never cancel out.
ALTER TABLE mention_sentiment ADD COLUMN ironic BOOLEAN DEFAULT false;
ALTER TABLE mention_sentiment ADD COLUMN p_ironic DOUBLE;
-- Attribution no longer gives an article's model the article's calls to action ("Thanks for reading X!",
-- "Subscribe for free..."): every document is attributed again on the next label run (scores of unchanged
-- passages are kept, keyed by their input).
DELETE FROM attributed_documents;
