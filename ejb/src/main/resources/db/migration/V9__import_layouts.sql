-- Roster imports remember how a file layout's columns were mapped to fields, so the next file from the same jail or
-- hotline sheet needs no mapping. A layout is known by a digest of its normalised header labels; the labels themselves
-- are not kept (a file without a header row would make its first data row the "labels").
create table import_layout (
    signature varchar(64)   not null primary key,
    mapping   varchar(2000) not null,
    saved_by  varchar(100)  not null,
    saved_at  timestamp     not null
);
