-- Unchanged articles seen again later: only last_seen moves.
update articles a set last_seen = v.seen
from unnest($1::int[], $2::timestamptz[]) as v(id, seen)
where a.id = v.id and a.last_seen < v.seen
