-- How much the archive holds, and the newest publication day in it.
select (select count(*) from articles)::integer as articles,
       (select count(*) from directives)::integer as directives,
       (select count(*) from directive_mentions)::integer as "directiveMentions",
       (select count(*) from officials)::integer as officials,
       (select count(*) from deadlines)::integer as deadlines,
       (select count(*) from article_versions)::integer as "replacedVersions",
       (select max(published) from articles) as "newestPublished"
