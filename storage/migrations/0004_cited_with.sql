-- "Cited beside": each article's first mention of a document carries the other documents the
-- article cites (`cited_with`), so the documents most often cited beside one are read from a
-- single index range of its newest references instead of one probe per citing article.
-- Newest references are listed with undated ones last, the order the index now keeps.
alter table directive_mentions add column cited_with integer[];

update directive_mentions m
set cited_with = coalesce(
  (select array_agg(distinct o.directive_id order by o.directive_id)
   from directive_mentions o
   where o.article_id = m.article_id and o.is_first and o.directive_id <> m.directive_id),
  '{}')
where m.is_first;

drop index directive_mentions_first_idx;
drop index directive_mentions_article_first_idx;
create index directive_mentions_first_idx
  on directive_mentions (directive_id, published desc nulls last, article_id desc) include (ordinal, cited_with)
  where is_first;
