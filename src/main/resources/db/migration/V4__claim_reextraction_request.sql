-- An editor's request to re-read the whole archive outlives a restart: the next start resumes it with the articles
-- that were not read since the request. At most one request is pending; it is removed when a run finishes it.
create table claim_reextraction_request (
    id           smallint primary key default 1 check (id = 1),
    requested_at timestamptz not null
);
