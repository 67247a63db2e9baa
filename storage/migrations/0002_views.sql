-- Analyst views: read-only shapes over the tables of 0001.

-- Every reference to a document, with the article it stands in.
create view directive_references as
select d.doc_id, d.issued_by, d.period, d.issue_date, a.id as article_id, a.canonical_url as url,
       s.code as site, a.title, a.published, m.written, m.sentence
from directive_mentions m
join directives d on d.id = m.directive_id
join articles a on a.id = m.article_id
left join sites s on s.id = a.site_id;

-- Mentions of each document per month of publication.
create view directive_timeline as
select d.doc_id, d.issued_by, d.period, date_trunc('month', m.published)::date as month,
       count(*)::integer as mentions, count(distinct m.article_id)::integer as articles
from directive_mentions m
join directives d on d.id = m.directive_id
group by d.id, d.doc_id, d.issued_by, d.period, date_trunc('month', m.published);

-- Each role a person held, as written, with the first and last publication it appears in.
create view official_roles as
select o.id as official_id, o.name, r.role, min(m.published) as first_seen,
       max(m.published) as last_seen, count(distinct m.article_id)::integer as articles
from official_mentions m
join officials o on o.id = m.official_id
cross join lateral unnest(m.roles) as r(role)
group by o.id, o.name, r.role;

-- Deadlines whose last allowed day has not passed.
create view open_deadlines as
select dl.due, dl.due_by, dl.task, dl.written, a.id as article_id, a.canonical_url as url,
       s.code as site, a.title, a.published
from deadlines dl
join articles a on a.id = dl.article_id
left join sites s on s.id = a.site_id
where dl.due_by >= current_date;

-- Paragraphs repeated across at least three articles of a site: likely boilerplate.
create view boilerplate_paragraphs as
select c.site_id, s.code as site, c.hash, c.key, c.articles
from paragraph_counts c
left join sites s on s.id = c.site_id
where c.articles >= 3;
