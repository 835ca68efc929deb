-- PostgreSQL only: the index that finds search documents by word. Each document's folded words
-- become a tsvector as they are (no parser, no dictionary: folding was done by the application),
-- and a GIN index over them answers "documents with every one of these words or word starts".
-- Queries must spell the expression exactly like this to use the index (see SearchSql).
create index search_document_words_idx on search_document
    using gin (array_to_tsvector(string_to_array(folded, ' ')));
