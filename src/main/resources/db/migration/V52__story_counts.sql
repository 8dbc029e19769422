-- The stories page, the filter forms and "the largest story" read each story's size, outlets and date span on every
-- request; grouping the whole archive by story each time grows with the archive. Each story keeps them instead, and
-- story_outlet keeps how many articles each outlet has in each story, all maintained per statement by triggers.
alter table story
    add column article_count   bigint not null default 0,
    add column outlet_count    integer not null default 0,
    add column first_published date,
    add column last_published  date,
    -- Moves whenever the story's matrix may change (an article joins or leaves, is read again, corrected or linked
    -- to its wire original): cached matrices and dispute counts are kept under it.
    add column changed_at      timestamp with time zone not null default now();

create table story_outlet (
    story_id      bigint not null references story (id) on delete cascade,
    outlet_id     bigint not null references outlet (id) on delete cascade,
    article_count bigint not null,
    primary key (story_id, outlet_id)
);

insert into story_outlet (story_id, outlet_id, article_count)
select story_id, outlet_id, count(*) from article group by story_id, outlet_id;

update story s set article_count = c.articles, outlet_count = c.outlets
from (select story_id, sum(article_count) as articles, count(*) as outlets from story_outlet group by story_id) c
where c.story_id = s.id;

update story s set first_published = (select min(a.published_on) from article a where a.story_id = s.id),
                   last_published = (select max(a.published_on) from article a where a.story_id = s.id);

create index story_size_idx on story (article_count desc, name);

-- Applies a statement's net change per (story, outlet), then refreshes the touched stories: their counts from
-- story_outlet (one row per outlet) and their date span through article_story_published_idx (two index look-ups).
create function story_count_articles(changes jsonb) returns void language plpgsql as $$
begin
    insert into story_outlet as so (story_id, outlet_id, article_count)
    select (c ->> 's')::bigint, (c ->> 'o')::bigint, (c ->> 'n')::bigint from jsonb_array_elements(changes) c
    on conflict (story_id, outlet_id) do update set article_count = so.article_count + excluded.article_count;
    delete from story_outlet so using jsonb_array_elements(changes) c
    where so.story_id = (c ->> 's')::bigint and so.outlet_id = (c ->> 'o')::bigint and so.article_count <= 0;
    -- Story rows are locked in id order, so two imports touching the same stories wait for each other, never deadlock.
    perform 1 from story s where s.id in (select distinct (c ->> 's')::bigint from jsonb_array_elements(changes) c)
        order by s.id for update;
    update story s set
        changed_at = clock_timestamp(),
        article_count = coalesce((select sum(so.article_count) from story_outlet so where so.story_id = s.id), 0),
        outlet_count = (select count(*) from story_outlet so where so.story_id = s.id),
        first_published = (select min(a.published_on) from article a where a.story_id = s.id),
        last_published = (select max(a.published_on) from article a where a.story_id = s.id)
    where s.id in (select distinct (c ->> 's')::bigint from jsonb_array_elements(changes) c);
end $$;

create function story_counted_insert() returns trigger language plpgsql as $$
begin
    perform story_count_articles(coalesce((select jsonb_agg(jsonb_build_object('s', story_id, 'o', outlet_id, 'n', n))
        from (select story_id, outlet_id, count(*) as n from new_rows group by story_id, outlet_id) d), '[]'));
    return null;
end $$;

create function story_counted_delete() returns trigger language plpgsql as $$
begin
    perform story_count_articles(coalesce((select jsonb_agg(jsonb_build_object('s', story_id, 'o', outlet_id, 'n', -n))
        from (select story_id, outlet_id, count(*) as n from old_rows group by story_id, outlet_id) d), '[]'));
    return null;
end $$;

create function story_counted_update() returns trigger language plpgsql as $$
begin
    -- Most updates change neither story, outlet nor date: nothing to do then.
    if not exists (select 1 from new_rows n join old_rows o on o.id = n.id
                   where n.story_id is distinct from o.story_id or n.outlet_id is distinct from o.outlet_id
                      or n.published_on is distinct from o.published_on) then
        return null;
    end if;
    perform story_count_articles(coalesce((select jsonb_agg(jsonb_build_object('s', story_id, 'o', outlet_id, 'n', n))
        from (select story_id, outlet_id, sum(n) as n from (
                  select story_id, outlet_id, 1 as n from new_rows
                  union all select story_id, outlet_id, -1 from old_rows) u
              group by story_id, outlet_id) d), '[]'));
    return null;
end $$;

create trigger article_story_counted_insert after insert on article referencing new table as new_rows
    for each statement execute function story_counted_insert();
create trigger article_story_counted_update after update on article referencing old table as old_rows new table as new_rows
    for each statement execute function story_counted_update();
create trigger article_story_counted_delete after delete on article referencing old table as old_rows
    for each statement execute function story_counted_delete();

-- A new extraction, a correction (which moves extracted_at) or a new lineage changes the matrix of the article's story.
create function story_touch_articles() returns trigger language plpgsql as $$
begin
    perform 1 from story s where s.id in (select a.story_id from article a where a.id in (select article_id from changed_rows))
        order by s.id for update;
    update story s set changed_at = clock_timestamp()
    where s.id in (select a.story_id from article a where a.id in (select article_id from changed_rows));
    return null;
end $$;

create trigger claim_extraction_story_touched_insert after insert on claim_extraction referencing new table as changed_rows
    for each statement execute function story_touch_articles();
create trigger claim_extraction_story_touched_update after update on claim_extraction referencing new table as changed_rows
    for each statement execute function story_touch_articles();
create trigger article_lineage_story_touched_insert after insert on article_lineage referencing new table as changed_rows
    for each statement execute function story_touch_articles();
create trigger article_lineage_story_touched_update after update on article_lineage referencing new table as changed_rows
    for each statement execute function story_touch_articles();
