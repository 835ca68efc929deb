-- Each parent's page of a to-many edge (RelationLoader) reads an index on (parent, child ID)
-- from the cursor on and stops after the page, instead of reading and sorting every child of
-- the parent. Portable SQL: runs unchanged on H2 (2.x) and PostgreSQL (13+); on PostgreSQL,
-- db/vendor/postgresql/V7_1 drops the single-column indexes these make redundant (H2 keeps
-- them: its foreign keys use them).

create index quote_speaker_page_idx on quote (speaker_id, id);
create index quote_visit_page_idx on quote (visit_id, id);
create index quote_translation_of_page_idx on quote (translation_of_id, id);
create index visit_visitor_page_idx on visit (visitor_id, id);
create index visit_visitor_parliament_page_idx on visit (visitor_parliament_id, id);
create index visit_host_parliament_page_idx on visit (host_parliament_id, id);
create index visit_occasion_page_idx on visit (occasion_id, id);
create index meeting_visit_page_idx on meeting (visit_id, id);
create index meeting_participant_speaker_page_idx on meeting_participant (speaker_id, meeting_id);
create index protocol_visit_page_idx on protocol (visit_id, id);
create index protocol_party_parliament_page_idx on protocol_party (parliament_id, protocol_id);
create index protocol_party_signatory_page_idx on protocol_party (signatory_id, protocol_id);
create index protocol_reference_referenced_page_idx on protocol_reference (referenced_id, protocol_id);
create index event_organizer_page_idx on event (organizer_id, id);
create index speaker_term_speaker_page_idx on speaker_term (speaker_id, id);
create index parliament_membership_assembly_page_idx on parliament_membership (assembly_id, member_id);
create index parliament_source_article_page_idx on parliament_source (article_id, subject_id);
create index speaker_source_article_page_idx on speaker_source (article_id, subject_id);
create index speaker_term_source_article_page_idx on speaker_term_source (article_id, subject_id);
create index event_source_article_page_idx on event_source (article_id, subject_id);
create index visit_source_article_page_idx on visit_source (article_id, subject_id);
create index meeting_source_article_page_idx on meeting_source (article_id, subject_id);
create index protocol_source_article_page_idx on protocol_source (article_id, subject_id);
create index quote_source_article_page_idx on quote_source (article_id, subject_id);
create index speaker_term_parliament_page_idx on speaker_term (parliament_id, id);
create index article_revision_article_page_idx on article_revision (article_id, id);
