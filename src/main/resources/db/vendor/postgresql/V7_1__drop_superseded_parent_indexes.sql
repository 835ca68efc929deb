-- PostgreSQL only: drop the single-column indexes on parent columns that V6's (parent, child ID)
-- indexes make redundant (on H2, foreign keys use them).

drop index quote_speaker_idx;
drop index quote_visit_idx;
drop index quote_translation_of_idx;
drop index visit_visitor_idx;
drop index visit_visitor_parliament_idx;
drop index visit_host_parliament_idx;
drop index visit_occasion_idx;
drop index meeting_visit_idx;
drop index meeting_participant_speaker_idx;
drop index protocol_visit_idx;
drop index protocol_party_parliament_idx;
drop index protocol_party_signatory_idx;
drop index protocol_reference_referenced_idx;
drop index event_organizer_idx;
drop index speaker_term_speaker_idx;
drop index parliament_membership_assembly_idx;
drop index parliament_source_article_idx;
drop index speaker_source_article_idx;
drop index speaker_term_source_article_idx;
drop index event_source_article_idx;
drop index visit_source_article_idx;
drop index meeting_source_article_idx;
drop index protocol_source_article_idx;
drop index quote_source_article_idx;
