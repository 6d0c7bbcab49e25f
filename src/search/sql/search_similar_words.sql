-- A transposition ("pyhton") shares few trigrams with the word, so the lookup uses a low
-- threshold for recall; the caller keeps only words within the edit-distance budget.
CREATE OR REPLACE FUNCTION public.search_similar_words(input text, max_words integer)
 RETURNS SETOF text
 LANGUAGE sql
 STABLE PARALLEL SAFE
 SET "pg_trgm.similarity_threshold" TO '0.2'
AS $function$ SELECT word FROM search_words WHERE word % input AND word <> input
            ORDER BY similarity(word, input) DESC, word LIMIT max_words $function$;
