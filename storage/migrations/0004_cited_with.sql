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

-- The newest first mentions of documents `ids` (undated last), at most `n`: each document's
-- newest are one range of directive_mentions_first_idx, read per document and merged, so the
-- cost follows `n`, not the archive. A plain SQL function, inlined into the queries using it.
create function newest_first_mentions(ids integer[], n integer)
returns table (article_id integer, ordinal integer, directive_id integer, published date, cited_with integer[])
language sql stable
as $$
  select f.article_id, f.ordinal, f.directive_id, f.published, f.cited_with
  from unnest(ids) as doc(id)
  cross join lateral (
    select m.article_id, m.ordinal, m.directive_id, m.published, m.cited_with
    from directive_mentions m
    where m.directive_id = doc.id and m.is_first
    order by m.published desc nulls last, m.article_id desc
    limit n
  ) f
  order by f.published desc nulls last, f.article_id desc
  limit n
$$;
