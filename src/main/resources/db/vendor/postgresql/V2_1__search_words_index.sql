-- PostgreSQL only: find search documents by word through an index. Each document's folded words
-- are kept as a tsvector, taken as they are (no parser, no dictionary: the application folded
-- them), and a GIN index over them answers "documents with each of these words or word starts".
-- A stored column rather than an expression index: when a word is so common that a scan beats
-- the index, the scan reads the words instead of building them anew for every row.
alter table search_document add column words tsvector
    generated always as (array_to_tsvector(string_to_array(folded, ' '))) stored;
create index search_document_words_idx on search_document using gin (words);
