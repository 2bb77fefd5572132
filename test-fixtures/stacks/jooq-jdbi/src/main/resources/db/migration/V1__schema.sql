-- the fixtures' schema (Flyway naming); the unique keys decide check-then-insert
create table product (id bigint primary key, name varchar(100), stock int not null);
create table wallet (id bigint primary key, balance bigint not null, version int not null default 0);
create table page_view (id bigint primary key, hits int not null);
create table user_account (id bigserial primary key, email varchar(200) not null);
create table subscriber (id bigserial primary key, email varchar(200) not null);
alter table subscriber add constraint uk_subscriber_email unique (email);
create table member (id bigserial primary key, email varchar(200) not null);
create table newsletter (id bigserial primary key, email varchar(200) not null, constraint uk_newsletter_email unique (email));
create table ledger (id bigserial primary key, account bigint not null, amount bigint not null);
create table account (id bigint primary key, balance bigint not null);
