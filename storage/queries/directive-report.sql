-- Everything `vdp directive` shows about canonical id $1, in one statement (one round trip):
-- the documents filed under it (one per issuing body and period), the $2 newest articles
-- referencing them with the first sentence naming it, mentions per month, and the $3
-- documents most often cited beside them, counted over the newest $4 citing articles.
with docs as (
  select d.id, d.doc_id as "docId", d.issued_by as "issuedBy", d.body_key as "bodyKey", d.period,
         d.term, d.issue_date as "issueDate", d.type, d.title,
         (select count(*) from directive_mentions m where m.directive_id = d.id)::integer as mentions,
         (select count(*) from directive_mentions m where m.directive_id = d.id and m.is_first)::integer as articles
  from directives d
  where d.doc_id = $1
),
ids as (select coalesce(array_agg(id), '{}') as ids from docs),
newest as (
  select m.article_id, m.ordinal, m.published
  from directive_mentions m, ids
  where m.directive_id = any(ids.ids) and m.is_first
  order by m.published desc nulls last, m.article_id desc
  limit $2
),
refs as (
  select m.directive_id as "directiveId", a.id as "articleId", a.canonical_url as url, s.code as site,
         a.title, a.published, m.written, m.sentence
  from newest n
  join directive_mentions m on m.article_id = n.article_id and m.ordinal = n.ordinal
  join articles a on a.id = n.article_id
  left join sites s on s.id = a.site_id
  order by n.published desc nulls last, n.article_id desc
),
months as (
  select to_char(m.published, 'YYYY-MM') as month, count(*)::integer as mentions,
         count(distinct m.article_id)::integer as articles
  from directive_mentions m, ids
  where m.directive_id = any(ids.ids)
  group by 1
),
citing as (
  select m.article_id
  from directive_mentions m, ids
  where m.directive_id = any(ids.ids) and m.is_first
  order by m.published desc nulls last, m.article_id desc
  limit $4
),
cited as (
  select d.doc_id as "docId", d.issued_by as "issuedBy", count(distinct other.article_id)::integer as articles
  from citing c
  join directive_mentions other on other.article_id = c.article_id and other.is_first
  join directives d on d.id = other.directive_id
  cross join ids
  where not (other.directive_id = any(ids.ids))
  group by d.doc_id, d.issued_by
  order by articles desc, d.doc_id
  limit $3
)
select
  (select coalesce(json_agg(docs order by docs."bodyKey", docs.period), '[]') from docs) as documents,
  (select coalesce(json_agg(refs), '[]') from refs) as "references",
  (select coalesce(json_agg(months order by months.month nulls last), '[]') from months) as "byMonth",
  (select coalesce(json_agg(cited), '[]') from cited) as "citedWith"
