select json_build_object('data', json_build_object('quotes', json_build_object(
  'edges', coalesce(json_agg(json_build_object('node', json_build_object('id', q.id, 'text', q.content, 'saidOn', q.said_on))
    order by q.id) filter (where q.n <= 20), '[]'),
  'pageInfo', json_build_object('hasNextPage', count(*) > 20, 'endCursor', max(q.id) filter (where q.n <= 20)))))
from (select id, content, said_on, row_number() over (order by id) as n from quote order by id limit 21) q;
