-- Secrets the application keeps in its own database: the key of the pseudonyms de-identified exports use. The value
-- is written at the first start by the application (SecureRandom), never by a migration, so no two installations share it.
create table app_secret (
    name         varchar(40)  not null primary key,
    secret_value varchar(200) not null
);
