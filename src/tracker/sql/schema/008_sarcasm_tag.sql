-- Reddit's sarcasm tag: a passage in a sentence that "/s" ends means the opposite of how it reads. Attribution
-- flags it and scored_mentions swaps its negative and positive probabilities. The scored input is unchanged, so
-- existing scores stay; every document is attributed again on the next label run to set the flag.
ALTER TABLE mention_passages ADD COLUMN sarcastic BOOLEAN DEFAULT false;
DELETE FROM attributed_documents;
