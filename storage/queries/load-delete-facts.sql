-- Changed articles: drop the facts of the replaced version (the new ones follow).
with p as (delete from paragraphs where article_id = any($1::int[])),
     dm as (delete from directive_mentions where article_id = any($1::int[])),
     om as (delete from official_mentions where article_id = any($1::int[])),
     dt as (delete from dates where article_id = any($1::int[]))
delete from deadlines where article_id = any($1::int[])
