select json_build_object('data', json_build_object('node', json_build_object('id', q.id, 'text', q.content,
  'saidOn', q.said_on, 'speaker', json_build_object('name', s.name))))
from quote q join speaker s on s.id = q.speaker_id
where q.id = :id;
