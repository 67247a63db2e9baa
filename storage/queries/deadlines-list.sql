-- Deadlines by last allowed day: $1 due on or after, $2 due before, $3 site code, $4 limit.
select dl.due, dl.due_by as "dueBy", dl.task, dl.written, a.id as "articleId", a.canonical_url as url,
       s.code as site, a.title, a.published
from deadlines dl
join articles a on a.id = dl.article_id
left join sites s on s.id = a.site_id
where ($1::date is null or dl.due_by >= $1::date)
  and ($2::date is null or dl.due_by < $2::date)
  and ($3::text is null or s.code = $3::text)
order by dl.due_by nulls last, a.id, dl.ordinal
limit $4
