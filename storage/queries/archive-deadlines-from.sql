-- Deadlines due on or after a day, earliest first, with their article.
select dl.due, dl.due_by as "dueBy", dl.task, a.title, a.canonical_url as url
from deadlines dl
join articles a on a.id = dl.article_id
where dl.due_by >= $2::date
order by dl.due_by, dl.due, a.id
limit $1
