-- Wire lineage: each article's MinHash signature over word pairs, its LSH band keys (to find candidates through the
-- GIN index instead of comparing with every article), and the earlier article it copies or rewrites, if any.

create table article_lineage (
    article_id   bigint primary key references article (id) on delete cascade,
    signature    integer[]   not null,
    bands        integer[]   not null,
    original_id  bigint references article (id) on delete set null,
    relation     varchar(10),
    similarity   real,
    computed_at  timestamp with time zone not null default now(),
    constraint article_lineage_relation_known check (relation in ('COPY', 'REWRITE'))
);

create index article_lineage_bands_idx on article_lineage using gin (bands);
create index article_lineage_original_idx on article_lineage (original_id);
