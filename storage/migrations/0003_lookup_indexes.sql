-- Directive lookups by index alone: the newest references of a document (with the ordinal
-- that finds the mention row), and the documents cited in the same articles.
drop index directive_mentions_first_idx;
create index directive_mentions_first_idx
  on directive_mentions (directive_id, published desc, article_id desc) include (ordinal)
  where is_first;
create index directive_mentions_article_first_idx
  on directive_mentions (article_id, directive_id)
  where is_first;
