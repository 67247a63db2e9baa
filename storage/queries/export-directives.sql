-- The directives table for export, in key order after $1.
select * from directives where id > $1 order by id limit $2
