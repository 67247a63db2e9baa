select id, code, committee from sites where code = any($1::text[])
