select json_build_object('data', json_build_object('speakers', json_build_object('edges', coalesce(json_agg(
  json_build_object('node', json_build_object('id', s.id, 'name', s.name, 'quotes', json_build_object('edges', (
    select coalesce(json_agg(json_build_object('node', json_build_object('id', q.id, 'text', q.content, 'saidOn', q.said_on))
      order by q.id), '[]')
    from (select id, content, said_on from quote where speaker_id = s.id order by id limit 20) q))))
  order by s.id), '[]'))))
from (select id, name from speaker order by id limit 50) s;
