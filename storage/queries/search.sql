-- Ranked full-text search, diacritics ignored ("chi thi 39" finds "Chỉ thị 39").
-- $1 query text (web-search syntax: words, "phrases", -not, or), $2 site code, $3 from, $4 to,
-- $5 limit, $6 candidates: at most this many matching articles are ranked (in storage order),
-- which bounds the time of a query that matches a large part of the archive.
-- The match condition names the query itself (not the CTE q), so the planner can estimate
-- from the index statistics how many articles match: a rare word is read from the GIN index,
-- a word in most articles by reading articles until $6 match.
-- The snippet marks matched words with « ».
with q as (select websearch_to_tsquery('vdp_vi', $1) as query),
matches as (
  select a.id, a.search
  from articles a
  where a.search @@ websearch_to_tsquery('vdp_vi', $1)
    and ($2::text is null or a.site_id = (select id from sites where code = $2::text))
    and ($3::date is null or a.published >= $3::date)
    and ($4::date is null or a.published <= $4::date)
  limit $6
),
hits as (
  select m.id, ts_rank_cd(m.search, q.query) as rank
  from matches m, q
  order by rank desc, m.id desc
  limit $5
)
select a.id as "articleId", a.canonical_url as url, s.code as site, a.title, a.published,
       h.rank::float8 as rank,
       ts_headline('vdp_vi', a.text, q.query,
                   'StartSel=«, StopSel=», MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet
from hits h
join articles a on a.id = h.id
left join sites s on s.id = a.site_id
cross join q
order by h.rank desc, a.id desc
