-- Everything `vdp directive` shows about canonical id $1, in one statement (one round trip):
-- the documents filed under it (one per issuing body and period), the $2 newest articles
-- referencing them with the first sentence naming it, mentions per month, and the $3
-- documents most often cited beside them, counted over the newest $4 citing articles.
-- Each document's newest references are one range of directive_mentions_first_idx (undated
-- last), read per document and merged, so the cost follows the limits, not the archive.
with docs as (
  select d.id, d.doc_id as "docId", d.issued_by as "issuedBy", d.body_key as "bodyKey", d.period,
         d.term, d.issue_date as "issueDate", d.type, d.title
  from directives d
  where d.doc_id = $1
),
mentioned as materialized (
  select m.directive_id, m.article_id, date_trunc('month', m.published) as month
  from docs
  join directive_mentions m on m.directive_id = docs.id
),
counted as (
  select docs.*,
         (select count(*) from mentioned x where x.directive_id = docs.id)::integer as mentions,
         (select count(*) from directive_mentions f where f.directive_id = docs.id and f.is_first)::integer as articles
  from docs
),
newest as (
  select n.*
  from docs
  cross join lateral (
    select m.article_id, m.ordinal, m.published, m.cited_with
    from directive_mentions m
    where m.directive_id = docs.id and m.is_first
    order by m.published desc nulls last, m.article_id desc
    limit greatest($2::integer, $4::integer)
  ) n
),
refs as (
  select m.directive_id as "directiveId", a.id as "articleId", a.canonical_url as url, s.code as site,
         a.title, a.published, m.written, m.sentence
  from (select * from newest order by published desc nulls last, article_id desc limit $2) n
  join directive_mentions m on m.article_id = n.article_id and m.ordinal = n.ordinal
  join articles a on a.id = n.article_id
  left join sites s on s.id = a.site_id
  order by n.published desc nulls last, n.article_id desc
),
-- Co-cited documents count distinct articles among the newest $4 citing ones.
cited as (
  select pair."docId", pair."issuedBy", count(*)::integer as articles
  from (
    select distinct c.article_id, d.doc_id as "docId", d.issued_by as "issuedBy"
    from (select * from newest order by published desc nulls last, article_id desc limit $4) c
    cross join lateral unnest(c.cited_with) as other(directive_id)
    -- One probe per co-cited id (not a pass over every document in the archive).
    cross join lateral (select d.doc_id, d.issued_by from directives d where d.id = other.directive_id offset 0) d
    where d.doc_id <> $1
  ) pair
  group by pair."docId", pair."issuedBy"
  order by articles desc, pair."docId"
  limit $3
),
months as (
  select to_char(g.month, 'YYYY-MM') as month, sum(g.mentions)::integer as mentions, count(*)::integer as articles
  from (select x.month, x.article_id, count(*) as mentions from mentioned x group by x.month, x.article_id) g
  group by g.month
)
select
  (select coalesce(json_agg(counted order by counted."bodyKey", counted.period), '[]') from counted) as documents,
  (select coalesce(json_agg(refs), '[]') from refs) as "references",
  (select coalesce(json_agg(months order by months.month nulls last), '[]') from months) as "byMonth",
  (select coalesce(json_agg(cited), '[]') from cited) as "citedWith"
