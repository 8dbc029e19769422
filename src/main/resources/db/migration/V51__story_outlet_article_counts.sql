-- The filter form shows every outlet with its number of articles on every list and matrix page; counting them over the
-- whole archive each time grows with the archive, so each outlet keeps its count, maintained per statement.
alter table outlet add column article_count bigint not null default 0;

update outlet o set article_count = (select count(*) from article a where a.outlet_id = o.id);

create function outlet_count_articles() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        update outlet o set article_count = o.article_count + n.added
        from (select outlet_id, count(*) as added from new_rows group by outlet_id) n where o.id = n.outlet_id;
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        update outlet o set article_count = o.article_count - d.removed
        from (select outlet_id, count(*) as removed from old_rows group by outlet_id) d where o.id = d.outlet_id;
    end if;
    return null;
end $$;

create trigger article_counted_insert after insert on article referencing new table as new_rows
    for each statement execute function outlet_count_articles();
create trigger article_counted_update after update on article referencing old table as old_rows new table as new_rows
    for each statement execute function outlet_count_articles();
create trigger article_counted_delete after delete on article referencing old table as old_rows
    for each statement execute function outlet_count_articles();

-- The claims' version (a cache key read on every matrix request) takes the newest extraction through this index.
create index claim_extraction_extracted_idx on claim_extraction (extracted_at);
