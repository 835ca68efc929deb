select json_build_object('data', json_build_object('quotes', json_build_object('edges', coalesce(json_agg(
  json_build_object('node', json_build_object('id', q.id, 'text', q.content, 'speaker', json_build_object('name', s.name),
    'visit', case when v.id is not null then json_build_object('city', v.city) end)) order by q.id), '[]'))))
from (select id, content, speaker_id, visit_id from quote order by id limit 100) q
join speaker s on s.id = q.speaker_id
left join visit v on v.id = q.visit_id;
